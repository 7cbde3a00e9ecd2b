/** A text cut to at most `max` characters for a message, an ellipsis marking the cut. */
export function shortened(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
