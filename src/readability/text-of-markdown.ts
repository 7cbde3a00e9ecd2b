/**
 * Markdown to plain text, line by line: a blank line, a heading or a list item starts a new
 * block, and the end of a block ends a sentence (a heading has no period of its own).
 * Emphasis, code marks, link brackets and URLs of links are dropped.
 */
export function textOfMarkdown(markdown: string): string {
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const block = current.join(' ').trim();
    if (block) blocks.push(/[.!?:;]$/.test(block) ? block : `${block}.`);
    current = [];
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const marker = /^(#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|>)/.exec(line);
    if (marker) flush();
    current.push(inline(marker ? line.slice(marker[0].length) : line));
    if (/^#{1,6}\s/.test(line)) flush();
  }
  flush();
  return blocks.join(' ');
}

function inline(line: string): string {
  return line
    .replace(/\]\([^()[\]\s]{0,2000}\)/g, ']')
    .replace(/[*_`[\]]/g, '')
    .replace(/^#+\s*/, '')
    .trim();
}
