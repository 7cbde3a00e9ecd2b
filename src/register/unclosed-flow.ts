/**
 * The offset of the last `[` or `{` left open at the end of the text, or undefined. The YAML
 * parser reports such a file as "bad indentation" one line past its end; the bracket is where
 * the user must look. Quotes and comments are skipped so that brackets inside them do not count.
 */
export function unclosedFlowStart(text: string): number | undefined {
  const open: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\n' && open.length === 0) quote = undefined;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end;
    } else if ((c === '"' || c === "'") && (open.length > 0 || i === 0 || /[\s:[{,-]/.test(text[i - 1]!))) {
      quote = c;
    } else if (c === '[' || c === '{') {
      open.push(i);
    } else if ((c === ']' || c === '}') && open.length > 0) {
      open.pop();
    }
  }
  return open.length > 0 ? open[0] : undefined;
}
