import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, MINIMAL, registerWith, registro, remove } from '../helpers.js';
import { editorSessions, MODELINE } from '../yaml-ls.js';

// Values of the wrong kind where a code or a list goes, as a DPO types them: what yaml-language-
// server says (from the schemas' errorMessage) and what `registro validate` says, one message each.
const MENSA = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8');

/** The minimal register's record with one transfer and the given text replaced. */
function record(paese: string, meccanismo: string, replace: Array<[string, string]> = []): string {
  let text = MENSA.replace('trasferimenti: []', `trasferimenti:\n  - paese: ${paese}\n    meccanismo: ${meccanismo}\n    modulo_scc: C2P`);
  for (const [from, to] of replace) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  return text;
}

/** `registro validate`'s messages for the record, by line (1-based, as stylish prints them). */
function validated(text: string): Map<number, string[]> {
  const dir = registerWith({ 'trattamenti/mensa.yaml': text });
  try {
    const run = registro(['validate', dir, '--format', 'json']);
    const report = JSON.parse(run.stdout) as { diagnostics: Array<{ file: string; line: number; message: string; ruleId: string }> };
    const byLine = new Map<number, string[]>();
    for (const d of report.diagnostics.filter((x) => x.file.endsWith('mensa.yaml') && x.ruleId === 'schema')) byLine.set(d.line, [...(byLine.get(d.line) ?? []), d.message]);
    return byLine;
  } finally {
    remove(dir);
  }
}

describe('a value of the wrong kind where a code goes', () => {
  it('gets one message from registro validate, the one that says what to write', () => {
    const text = record('[US]', '45', [['      - base: 6.1.e', '      - base: 6.1']]);
    const found = validated(text);
    // base: 6.1 is a number, and quotes would not make it a code: the nearest code, not "quote it".
    expect(found.get(5)).toEqual(['valore "6.1" non ammesso: forse intendevi "6.1.a"?']);
    // a list where the country goes: the list, not 'paese "US" non valido ... forse intendevi "US"?'
    expect(found.get(13)).toEqual(['atteso un testo, trovato un elenco']);
    // 45 is the code once quoted: quote it, not 'valore "45" non ammesso: forse intendevi "45"?'
    expect(found.get(14)).toEqual(['atteso un testo, trovato il numero 45: racchiudilo tra virgolette ("45") per non perdere zeri iniziali']);
  });

  it('says a number or nothing where the country goes once, without "[object Object]"', () => {
    expect(validated(record('39', '"46.2.c"')).get(13)).toEqual(['paese "39" non valido: serve il codice ISO 3166-1 a due lettere maiuscole']);
    expect(validated(record('null', '"46.2.c"')).get(13)).toEqual(['atteso un testo, trovato un valore vuoto']);
    expect(validated(record('{a: 1}', '"46.2.c"')).get(13)).toEqual(['atteso un testo, trovato una mappa (chiave: valore)']);
  });

  it('says an empty text is empty, as before the schemas said it with a pattern', () => {
    const found = validated(record('US', '"46.2.c"', [['        norma: "D.Lgs. 63/2017, art. 6"', '        norma: "  "'], ['dati: [identificativi, contatto]', 'dati: [identificativi, ""]']]));
    expect(found.get(6)).toEqual(['il testo è vuoto']);
    expect(found.get(8)).toEqual(['il testo è vuoto']);
  });

  it('finds the code in a code written with a blank or dots', () => {
    expect(validated(record('"U S"', '"46.2.c"')).get(13)).toEqual(['paese "U S" non valido: serve il codice ISO 3166-1 a due lettere maiuscole; forse intendevi "US" (Stati Uniti)?']);
  });

  it('names the alternatives of destinatari in words', () => {
    const found = validated(record('US', '"46.2.c"', [['destinatari:\n  - soggetto: software-house\n  - categoria: scuole', 'destinatari: 39']]));
    expect(found.get(9)).toEqual(['valore non ammesso: atteso "nessuno" o un elenco']);
  });
});

describe('yaml-language-server on values of the wrong kind', () => {
  const editor = editorSessions();

  it('says in Italian that a list is needed, and that 45 goes in quotes', async () => {
    const text = record('US', '45', [
      ['interessati: [genitori, alunni]', 'interessati: genitori'],
      ['trasferimenti:', 'misure: backup\ntrasferimenti:'],
      ['        norma: "D.Lgs. 63/2017, art. 6"', '        norma: ""'],
      ['dati: [identificativi, contatto]', 'dati: [identificativi, " "]'],
    ]).replace('misure: [credenziali-individuali, backup]\n', '');
    const { client, uri } = await editor.open(MODELINE + text);
    const found = await client.diagnosticsFor(uri, (d) => d.length >= 5);
    const at = (line: number) => found.filter((d) => d.range.start.line === line).map((d) => d.message);
    const list = 'Valore non valido: serve un elenco, una voce per riga dopo un trattino (- ) oppure le voci tra parentesi quadre, separate da virgole.';
    // An empty text or term: no "String is shorter than the minimum length of 1."
    expect(at(6)).toEqual(['Testo vuoto: scrivi il testo, oppure togli la chiave se è facoltativa.']);
    expect(at(7)).toEqual([list]);
    expect(at(8)).toEqual(['Termine vuoto: scrivi un termine del vocabolario (il completamento li propone).']);
    expect(at(12)).toEqual([list]);
    // The old message said "ad esempio 45" to whoever had written 45.
    expect(at(15)).toEqual(['Meccanismo non valido: scrivi il codice dell\'articolo, ad esempio 46.2.c o 49.1.a; 45 e 47 tra virgolette ("45"), perché non siano letti come numeri.']);
    for (const d of found) expect(d.message).not.toMatch(/Incorrect type|Expected|Value is not accepted|String is|\\S/);
  });

  it('a list left under a value is one syntax error, shown by yaml-language-server; registro lsp --no-schema adds nothing', async () => {
    // `destinatari: 39` above its list: the parser makes the list a key of its own. That is the
    // syntax error, not a second finding "una lista o una mappa non può fare da chiave".
    const text = record('US', '"46.2.c"', [['destinatari:\n  - soggetto: software-house\n', 'destinatari: 39\n#  - soggetto: software-house\n']]);
    const dir = registerWith({ 'trattamenti/mensa.yaml': text });
    editor.dirs.push(dir);
    const run = registro(['validate', dir]);
    expect(run.stdout).toContain('errore di sintassi YAML');
    expect(run.stdout).not.toContain('non può fare da chiave: usa una parola');
    const yls = await editor.start(dir);
    const ours = await editor.start(dir, [BIN, 'lsp'], ['--no-schema']);
    const uri = pathToFileURL(join(dir, 'trattamenti/mensa.yaml')).href;
    await yls.open(uri, text);
    await ours.open(uri, text);
    expect((await yls.diagnosticsFor(uri, (d) => d.length > 0)).length).toBeGreaterThan(0);
    expect(await ours.diagnosticsFor(uri)).toEqual([]);
  });
});
