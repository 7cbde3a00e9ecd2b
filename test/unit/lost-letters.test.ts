import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/register/source-file.js';
import { lostLetters } from '../../src/register/lost-letters.js';

/** The lost letters of a record written as `text`, as `line:column word`. */
function lost(text: string): string[] {
  const file = sourceFromBytes({ kind: 'trattamento', path: '/r/trattamenti/x.yaml', displayPath: 'trattamenti/x.yaml', id: 'x' }, Buffer.from(text, 'utf8'));
  return lostLetters(file).map((d) => `${d.range.start.line}:${d.range.start.column} ${d.params.word}`);
}

describe('lost letters (U+FFFD) are the data’s, not the comments’', () => {
  it('a comment saved with the wrong encoding stops nothing', () => {
    expect(lost('# Attivit\uFFFD del servizio\nid: x\nfinalita: "Iscrizioni"\n')).toEqual([]);
    expect(lost('id: x\nfinalita: Iscrizioni   # pi\uFFFD avanti\n')).toEqual([]);
  });

  it('a value, a key, a list item and a block scalar each report their letter, beside a comment that does not', () => {
    const text = ['# gi\uFFFD fatto', 'id: x', 'finalita: "Attivit\uFFFD"', 'categori\uFFFD: 1', 'dati:', '  - anagrafic\uFFFD  # not\uFFFD', 'note: |', '  Perch\uFFFD # non è un commento', ''].join('\n');
    expect(lost(text)).toEqual(['3:19 Attivit\uFFFD', '4:9 categori\uFFFD', '6:14 anagrafic\uFFFD', '8:8 Perch\uFFFD']);
  });

  it('the same on a file the fast reader leaves to the full parser (CRLF, a tab)', () => {
    expect(lost('# gi\uFFFD\r\nid: x\r\nfinalita: "pi\uFFFD"\r\n')).toEqual(['3:14 pi\uFFFD']);
    expect(lost('# gi\uFFFD\nid: x\nfinalita:\t"pi\uFFFD"\n')).toEqual(['3:14 pi\uFFFD']);
  });

  it('a file that cannot be parsed reports every one: nothing tells the comments apart', () => {
    expect(lost('# gi\uFFFD\nid: [x\nfinalita: pi\uFFFD\n')).toHaveLength(2);
  });
});
