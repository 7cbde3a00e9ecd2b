import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINIMAL, registerWith, registro, remove } from '../helpers.js';
import { lspSessions, validated } from '../lsp-harness.js';
import { MENSA, patch } from '../rule-harness.js';

const REL = 'trattamenti/mensa.yaml';
/**
 * Keys pasted from Word or a web page: a no-break space at the start of the line (where an
 * indentation was) and one before the colon, a zero-width space inside a word. Each looks like
 * a space, or like nothing, in the message that quotes the key.
 */
const PASTED = patch(
  MENSA,
  ['dati: [identificativi, contatto]', 'dati: [identificativi, contatto]\n\u00a0 note: pasto senza glutine'],
  ['creato: 2020-01-01', 'creato\u00a0: 2020-01-01'],
  ['aggiornato: 2026-06-01', 'aggior\u200bnato: 2026-06-01'],
);
type Action = { title: string; edit: { changes: Record<string, Array<{ range: unknown; newText: string }>> } };

describe('a key holding a special space says so, and where', () => {
  let dir: string;
  beforeAll(() => {
    dir = registerWith({ [REL]: PASTED });
  });
  afterAll(() => remove(dir));

  it('validate shows the character as its escape and names it, in Italian and English', () => {
    const out = registro(['validate', '.'], { cwd: dir }).stdout;
    expect(out).toContain(`${REL}:9:1  errore  chiave "\\u00a0 note" non prevista (contiene U+00A0, uno spazio speciale o un carattere invisibile copiato da Word o da una pagina web: cancella la chiave e riscrivila): forse intendevi "note"?  schema`);
    expect(out).toContain(`${REL}:19:1  errore  chiave "creato\\u00a0" non prevista (contiene U+00A0,`);
    expect(out).toContain(`${REL}:20:1  errore  chiave "aggior\\u200bnato" non prevista (contiene U+200B,`);
    const en = registro(['validate', '.', '--lang', 'en'], { cwd: dir }).stdout;
    expect(en).toContain(`${REL}:9:1  error  unexpected key "\\u00a0 note" (it holds U+00A0, a special space or an invisible character copied from Word or a web page: delete the key and type it again): did you mean "note"?  schema`);
  });

  it('the SARIF message, which code scanning shows as it is, names the character too', () => {
    const results = JSON.parse(registro(['validate', '.', '--format', 'sarif'], { cwd: dir }).stdout).runs[0].results as Array<{ message: { text: string } }>;
    expect(results.map((r) => r.message.text)).toContain('chiave "aggior\\u200bnato" non prevista (contiene U+200B, uno spazio speciale o un carattere invisibile copiato da Word o da una pagina web: cancella la chiave e riscrivila): forse intendevi "aggiornato"?');
  });

  const lsp = lspSessions();
  it('registro lsp: the same messages, and the quick fix writes the key at the start of the line', async () => {
    const copy = lsp.copy(MINIMAL, { [REL]: PASTED });
    const client = await lsp.start(copy);
    const uri = await lsp.open(client, copy, REL, PASTED);
    const found = await client.diagnosticsFor(uri, (d) => d.length > 0);
    const shown = found.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.code} ${d.message}`).sort();
    expect(shown).toEqual(validated(copy, REL));
    const note = found.find((d) => d.message.includes('"note"'))!;
    // The range holds the no-break space, the space and the word: the whole key as pasted.
    expect(note.range).toEqual({ start: { line: 8, character: 0 }, end: { line: 8, character: 6 } });
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: note.range, context: { diagnostics: [note] } });
    expect(actions.map((a) => a.edit.changes[uri]![0]!.newText)).toEqual(['note']);
  });
});

/** Values pasted the same way: a no-break space after a legal basis, inside a list of terms. */
const PASTED_VALUES = patch(MENSA, ['base: 6.1.e', 'base: 6.1.e\u00a0'], ['dati: [identificativi, contatto]', 'dati: [identificativi, contatto\u00a0]']);

describe('a value holding a special space says so', () => {
  let dir: string;
  beforeAll(() => {
    dir = registerWith({ [REL]: PASTED_VALUES });
  });
  afterAll(() => remove(dir));

  it('validate shows the character as its escape and names it', () => {
    const out = registro(['validate', '.'], { cwd: dir }).stdout;
    expect(out).toMatch(/valore "6\.1\.e\\u00a0" non ammesso: forse intendevi "6\.1\.e"\? \(contiene U\+00A0, uno spazio speciale o un carattere invisibile copiato da Word o da una pagina web: cancella il valore e riscrivilo\)  schema/);
    // Once the basis is mended the legal checks read the file, and the term is said the same way.
    // A party typed with a Cyrillic о (U+043E) looks the same as the one declared: it is named, and the example is the Latin id.
    const mended = registerWith({ [REL]: patch(PASTED_VALUES, ['base: 6.1.e\u00a0', 'base: 6.1.e']) });
    const cyrillic = registerWith({ [REL]: patch(MENSA, ['soggetto: software-house', 'soggetto: s\u043eftware-house']) });
    try {
      const terms = registro(['validate', '.', '--lang', 'en'], { cwd: mended }).stdout;
      expect(registro(['validate', '.'], { cwd: cyrillic }).stdout).toContain(
        `${REL}:10:15  errore  identificativo "s\\u043eftware-house" non valido (minuscole, cifre e trattini): ad esempio "software-house" (contiene U+043E, una lettera dell'alfabeto cirillico che sembra latina: cancella il valore e riscrivilo con la tastiera italiana)  schema`,
      );
      expect(terms).toMatch(/term "contatto\\u00a0" is not in the dati vocabulary: did you mean "contatto"\? \(it holds U\+00A0, a special space or an invisible character copied from Word or a web page: delete the value and type it again\)  vocabulary-term/);
    } finally {
      remove(mended);
      remove(cyrillic);
    }
  });

  const lsp = lspSessions();
  it('registro lsp: the same message, and the quick fix writes the basis without the space', async () => {
    const copy = lsp.copy(MINIMAL, { [REL]: PASTED_VALUES });
    const client = await lsp.start(copy);
    const uri = await lsp.open(client, copy, REL, PASTED_VALUES);
    const found = await client.diagnosticsFor(uri, (d) => d.length > 0);
    const basis = found.find((d) => d.message.includes('6.1.e\\u00a0'))!;
    expect(basis.message).toContain('(contiene U+00A0,');
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: basis.range, context: { diagnostics: [basis] } });
    expect(actions.map((a) => a.edit.changes[uri]![0]!.newText)).toEqual(['6.1.e']);
  });
});
