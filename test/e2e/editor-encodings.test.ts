import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL, locations, registerWith, registro, remove } from '../helpers.js';
import { fully, lspSessions, settled, validated } from '../lsp-harness.js';
import { MENSA, patch } from '../rule-harness.js';

const REL = 'trattamenti/mensa.yaml';
/** A purpose written with accents, as an office writes it. */
const ACCENTED = patch(MENSA, ['riscossione delle tariffe', 'riscossione delle tariffe, già attività del servizio']);
/** The record saved in Windows-1252 by an old editor ("à" is the single byte 0xE0). */
const CP1252 = Buffer.from(ACCENTED, 'latin1');
/** What VS Code shows of that file, opened as UTF-8: each 0xE0 a replacement character. */
const AS_UTF8 = CP1252.toString('utf8');
/** ...and what it writes when the user saves it: valid UTF-8, the letters gone. */
const SAVED_BACK = Buffer.from(AS_UTF8, 'utf8');
/** The record saved by Notepad as "Unicode": UTF-16 LE with its byte order mark. */
const UTF16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ACCENTED, 'utf16le')]);

const line3 = ACCENTED.split('\n')[2]!;
const colOf = (word: string) => line3.indexOf(word) + word.length;

describe('letters lost to a wrong encoding', () => {
  let dir: string;
  beforeAll(() => {
    dir = registerWith({ [REL]: SAVED_BACK });
  });
  afterAll(() => remove(dir));

  it('validate points at each replacement character, with its word, in Italian and English', () => {
    const run = registro(['validate', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    // "già" and "attività": the character after "gi" and after "attivit", columns of the text as the editor shows it.
    expect(locations(run.stdout)).toEqual([`${REL}:3:${colOf('già')} encoding`, `${REL}:3:${colOf('attività')} encoding`]);
    expect(AS_UTF8.split('\n')[2]!.charAt(colOf('già') - 1)).toBe('\uFFFD');
    expect(run.stdout).toContain(`${REL}:3:${colOf('già')}  errore  il carattere � (U+FFFD) in «gi�» sta al posto di una lettera persa: il file è stato aperto con una codifica sbagliata (un file Windows-1252 letto come UTF-8) e salvato; riscrivi la lettera giusta  encoding`);
    expect(run.stdout).toContain('in «attivit�»');
    const en = registro(['validate', '.', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('error  the character � (U+FFFD) in «gi�» stands for a lost letter: the file was opened with the wrong encoding');
  });

  it('the same findings in the SARIF and GitHub outputs, at the same column', () => {
    const region = JSON.parse(registro(['validate', '.', '--format', 'sarif'], { cwd: dir }).stdout).runs[0].results[0].locations[0].physicalLocation.region;
    expect(region).toEqual({ startLine: 3, startColumn: colOf('già'), endLine: 3, endColumn: colOf('già') + 1 });
    const github = registro(['validate', '.', '--format', 'github'], { cwd: dir }).stdout;
    expect(github).toContain(`::error file=${REL},line=3,col=${colOf('già')},endLine=3,endColumn=${colOf('già') + 1},title=registro%3A encoding::`);
  });
});

describe('registro lsp and the encoding of the file on disk', () => {
  const lsp = lspSessions();

  it('a Windows-1252 file opened as UTF-8: the byte validate stops at, then the letters lost once saved so', async () => {
    const dir = lsp.copy(MINIMAL, { [REL]: CP1252 });
    const client = await lsp.start(dir);
    const uri = await lsp.open(client, dir, REL, AS_UTF8);
    const published = fully(await client.diagnosticsFor(uri, (d) => d.length > 0));
    expect(published).toEqual(validated(dir, REL));
    expect(published).toEqual([`3:${colOf('già')}-3:${colOf('già') + 1} encoding byte 0xE0 non valido in UTF-8: il file sembra salvato in Windows-1252 o Latin-1; salvalo in UTF-8`]);
    // Saved as the editor shows it: valid UTF-8, each letter a replacement character.
    writeFileSync(join(dir, REL), SAVED_BACK);
    await client.notify('textDocument/didSave', { textDocument: { uri } });
    const after = fully(await client.diagnosticsFor(uri, (d) => d.length === 2));
    expect(after).toEqual(validated(dir, REL));
    expect(after.map((d) => d.split(' ')[0])).toEqual([`3:${colOf('già')}-3:${colOf('già') + 1}`, `3:${colOf('attività')}-3:${colOf('attività') + 1}`]);
  });

  it('a UTF-16 file the editor decoded by its BOM: the error validate gives, until it is saved as UTF-8', async () => {
    const dir = lsp.copy(MINIMAL, { [REL]: UTF16 });
    const client = await lsp.start(dir);
    // The editor's text is the record itself, without errors of its own.
    const uri = await lsp.open(client, dir, REL, ACCENTED);
    const published = fully(await client.diagnosticsFor(uri, (d) => d.length > 0));
    expect(published).toEqual(validated(dir, REL));
    expect(published).toEqual(['1:1-1:2 encoding il file è codificato in UTF-16: salvalo in UTF-8']);
    // "Save with encoding: UTF-8".
    writeFileSync(join(dir, REL), ACCENTED);
    await client.notify('textDocument/didSave', { textDocument: { uri } });
    await settled(client, uri);
    expect(await client.diagnosticsFor(uri, (d) => d.length === 0)).toEqual([]);
    expect(readFileSync(join(dir, REL), 'utf8')).toBe(ACCENTED);
  });
});
