import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EXAMPLE, MINIMAL, locations, registro } from '../helpers.js';
import type { LspDiagnostic } from '../lsp-client.js';
import { lspSessions, uriOf } from '../lsp-harness.js';

type TextEdit = { range: LspDiagnostic['range']; newText: string };
type Action = {
  title: string;
  edit: { changes?: Record<string, TextEdit[]>; documentChanges?: Array<{ kind?: string; uri?: string; textDocument?: { uri: string }; edits?: TextEdit[] }> };
};

/** The text with the edits applied, as an editor applies a workspace edit (positions in UTF-16 code units). */
function applied(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: TextEdit['range']['start']) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

const NEW_TEXT = 'Richieste di accesso agli atti, anche per via telematica, e riesame delle richieste respinte.';

describe('registro lsp: a quick fix for a text the English notice would show in Italian', () => {
  const lsp = lspSessions();

  it('adds an entry to the end of traduzioni.en, with the Italian text and the English to write', async () => {
    const dir = lsp.copy(EXAMPLE);
    const service = 'servizi/accesso-atti.yaml';
    writeFileSync(join(dir, service), readFileSync(join(dir, service), 'utf8').replace(/^descrizione: .*$/m, `descrizione: ${NEW_TEXT}`));
    const client = await lsp.start(dir);
    const uri = await lsp.open(client, dir, service);
    const found = (await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'notice-translation'))).filter((d) => d.code === 'notice-translation');
    expect(found.map((d) => d.range.start.line + 1)).toEqual([3]);
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: found[0]!.range, context: { diagnostics: found } });
    expect(actions.map((a) => a.title)).toEqual(['Aggiungi la traduzione inglese in vocabolario.yaml']);
    const vocabulary = join(dir, 'vocabolario.yaml');
    const before = readFileSync(vocabulary, 'utf8');
    const after = applied(before, actions[0]!.edit.changes![uriOf(dir, 'vocabolario.yaml')]!);
    // Appended to the list, as its other entries are written; nothing else of the file moves.
    const entries = parse(after).traduzioni.en as Array<{ it: string; en: string | null }>;
    expect(entries.at(-1)).toEqual({ it: NEW_TEXT, en: null });
    expect(entries.slice(0, -1)).toEqual(parse(before).traduzioni.en);
    expect(after.split('\n').filter((l) => !before.split('\n').includes(l))).toEqual([`    - it: "${NEW_TEXT}"`, '      en: ']);

    // The English still to write is the one thing validate asks, where it is to be typed; written, the warning goes.
    writeFileSync(vocabulary, after);
    expect(locations(registro(['validate'], { cwd: dir }).stdout, 'schema', 'notice-translation')).toEqual([`vocabolario.yaml:${after.split('\n').indexOf('      en: ') + 1}:11 schema`]);
    writeFileSync(vocabulary, after.replace(/ {6}en: $/m, '      en: Requests for access to documents, also online, and review of refused requests.'));
    expect(registro(['validate'], { cwd: dir }).stdout).toBe('✔ nessun problema in 26 file di 1 registro\n');
  });

  it("creates vocabolario.yaml when the register has none, and speaks the editor's language", async () => {
    const dir = lsp.copy(MINIMAL, {
      'registro.yaml': `${readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8')}opzioni:\n  sito:\n    lingue: [it, en]\n`,
    });
    const client = await lsp.start(dir, { args: ['--lang', 'en'], capabilities: CREATES_FILES });
    const uri = await lsp.open(client, dir, 'servizi/mensa.yaml');
    const found = (await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'notice-translation'))).filter((d) => d.code === 'notice-translation');
    expect(found.length).toBeGreaterThan(0);
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: found[0]!.range, context: { diagnostics: [found[0]] } });
    expect(actions.map((a) => a.title)).toEqual(['Add the English translation to vocabolario.yaml']);
    const [create, write] = actions[0]!.edit.documentChanges!;
    expect(create).toMatchObject({ kind: 'create', uri: uriOf(dir, 'vocabolario.yaml') });
    expect(existsSync(join(dir, 'vocabolario.yaml'))).toBe(false);
    const text = applied('', write!.edits!);
    expect(parse(text)).toEqual({ traduzioni: { en: [{ it: expect.any(String), en: null }] } });
  });

  it('offers no file to create to an editor that cannot create files through an edit', async () => {
    const dir = lsp.copy(MINIMAL, {
      'registro.yaml': `${readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8')}opzioni:\n  sito:\n    lingue: [it, en]\n`,
    });
    const client = await lsp.start(dir, { capabilities: { workspace: { workspaceEdit: { documentChanges: true } } } });
    const uri = await lsp.open(client, dir, 'servizi/mensa.yaml');
    const found = (await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'notice-translation'))).filter((d) => d.code === 'notice-translation');
    expect(found.length).toBeGreaterThan(0);
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: found[0]!.range, context: { diagnostics: [found[0]] } });
    expect(actions).toEqual([]);
  });
});

/** What VS Code declares: edits as documentChanges, with files created, renamed and deleted. */
const CREATES_FILES = { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] } } };
