import type { Diagnostic } from '../diagnostics/types.js';
import { LineIndex } from './line-index.js';
import { joinPointer, type Span } from './positions.js';
import type { SourceFile } from './source-file.js';

/** U+FFFD, what a decoder writes for a byte it could not read. */
const REPLACEMENT = '\uFFFD';
/** A broken file may hold one in every accented word; the first few say what happened. */
const MAX_PER_FILE = 10;
/** What ends the word quoted around the character: spaces, quotes, brackets, punctuation of YAML and prose. */
const WORD_END = /[\s"'«»:;,.()[\]{}]/;

/**
 * The letters a wrong decoding lost. A file saved in Windows-1252 ("più" as the single byte
 * 0xF9) and opened as UTF-8 by an editor shows "pi�"; saved again, the file is valid UTF-8 and
 * the letter is gone for good, on its way to the workbook and the published notices. No register
 * means U+FFFD: each one in a key or a value gets an error at the character, with the word
 * around it. One in a comment reaches no output, so it stops nothing.
 */
export function lostLetters(file: Pick<SourceFile, 'text' | 'displayPath' | 'data' | 'positions'>): Diagnostic[] {
  const text = file.text;
  if (!text.includes(REPLACEMENT)) return [];
  const where = spansWithLostLetters(file);
  const found: Diagnostic[] = [];
  let lines: LineIndex | undefined;
  for (let at = text.indexOf(REPLACEMENT); at !== -1 && found.length < MAX_PER_FILE; at = text.indexOf(REPLACEMENT, at + 1)) {
    if (where && !where.some(([start, end]) => at >= start && at < end)) continue;
    lines ??= new LineIndex(text);
    const start = lines.position(at);
    found.push({
      ruleId: 'encoding',
      severity: 'error',
      file: file.displayPath,
      range: { start, end: { line: start.line, column: start.column + 1 } },
      messageId: 'encoding.lostLetter',
      params: { word: wordAround(text, at) },
    });
  }
  return found;
}

/**
 * The spans of the keys and values that hold the character, or undefined when the data cannot
 * tell (a file that could not be parsed, a value the index does not place): then every
 * occurrence counts, since a lost letter must never pass unseen.
 */
function spansWithLostLetters(file: Pick<SourceFile, 'data' | 'positions'>): Span[] | undefined {
  if (file.data === undefined) return undefined;
  const spans: Span[] = [];
  const stack: Array<{ value: unknown; pointer: string }> = [{ value: file.data, pointer: '' }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop()!;
    if (typeof value === 'string') {
      if (!value.includes(REPLACEMENT)) continue;
      const entry = file.positions.entry(pointer);
      if (!entry) return undefined;
      spans.push(entry.value);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const childPointer = joinPointer(pointer, key);
        if (!Array.isArray(value) && key.includes(REPLACEMENT)) {
          const entry = file.positions.entry(childPointer);
          if (!entry?.key) return undefined;
          spans.push(entry.key);
        }
        stack.push({ value: child, pointer: childPointer });
      }
    }
  }
  return spans;
}

/** The word that holds the character, as the user will look for it in the file ("pi�", "attivit�"). */
function wordAround(text: string, at: number): string {
  let start = at;
  let end = at + 1;
  while (start > 0 && !WORD_END.test(text[start - 1]!) && at - start < 30) start--;
  while (end < text.length && !WORD_END.test(text[end]!) && end - at < 30) end++;
  return text.slice(start, end);
}
