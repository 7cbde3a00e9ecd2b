import type { Diagnostic } from '../diagnostics/types.js';
import { LineIndex } from './line-index.js';
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
 * means U+FFFD: each one gets an error at the character, with the word around it.
 */
export function lostLetters(file: Pick<SourceFile, 'text' | 'displayPath'>): Diagnostic[] {
  const text = file.text;
  const found: Diagnostic[] = [];
  let lines: LineIndex | undefined;
  for (let at = text.indexOf(REPLACEMENT); at !== -1 && found.length < MAX_PER_FILE; at = text.indexOf(REPLACEMENT, at + 1)) {
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

/** The word that holds the character, as the user will look for it in the file ("pi�", "attivit�"). */
function wordAround(text: string, at: number): string {
  let start = at;
  let end = at + 1;
  while (start > 0 && !WORD_END.test(text[start - 1]!) && at - start < 30) start--;
  while (end < text.length && !WORD_END.test(text[end]!) && end - at < 30) end++;
  return text.slice(start, end);
}
