// Where a recorded node's own text begins and ends, read from the spans of a fast parse.

/** Skips spaces, line breaks and comments: where a node's own text begins. */
export function skipBlank(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else if (c === 0x23) {
      const nl = text.indexOf('\n', i);
      if (nl === -1) return text.length;
      i = nl + 1;
    } else return i;
  }
}

/** Steps back over trailing spaces and line breaks (never before the node's start). */
export function trimBack(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i--;
    else break;
  }
  return i;
}
