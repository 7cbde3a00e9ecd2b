import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL, locations, registerWith, registro, remove } from '../helpers.js';
import type { LspDiagnostic } from '../lsp-client.js';
import { lspSessions } from '../lsp-harness.js';

const mensa = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8');
type Action = { title: string; edit: { changes: Record<string, Array<{ range: LspDiagnostic['range']; newText: string }>> } };

/**
 * Keys typed as the headings of the office's spreadsheet ("Categorie di interessati:", "Base
 * Giuridica:"): the message said "non prevista" with no word of the key meant, and a required key
 * typed with a capital got a second error saying it was missing.
 */
describe('a key written as the label of its column', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach(remove));

  it('validate names the key meant, once, at the label', () => {
    const dir = registerWith({
      'trattamenti/etichette.yaml': mensa
        .replace(/^interessati:/m, 'Categorie di interessati:')
        .replace(/^conservazione:/m, 'Tempi di conservazione:')
        .replace(/^ {6}- base:/m, '      - Base Giuridica:'),
      'trattamenti/maiuscola.yaml': mensa.replace(/^denominazione:/m, 'Denominazione:'),
    });
    dirs.push(dir);
    const run = registro(['validate', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(locations(run.stdout, 'schema')).toEqual([
      'trattamenti/etichette.yaml:5:9 schema',
      'trattamenti/etichette.yaml:7:1 schema',
      'trattamenti/etichette.yaml:13:1 schema',
      'trattamenti/maiuscola.yaml:1:1 schema',
    ]);
    expect(run.stdout).toContain('chiave "Base Giuridica" non prevista: forse intendevi "base"?');
    expect(run.stdout).toContain('chiave "Categorie di interessati" non prevista: forse intendevi "interessati"?');
    expect(run.stdout).toContain('chiave "Tempi di conservazione" non prevista: forse intendevi "conservazione"?');
    expect(run.stdout).toContain('chiave "Denominazione" non prevista: forse intendevi "denominazione"?');
    expect(run.stdout).not.toContain('manca la chiave obbligatoria');
  });

  it('a label naming no key, or two alike, suggests nothing', () => {
    const dir = registerWith({ 'trattamenti/mensa.yaml': mensa.replace(/^creato:/m, 'Data di creazione:') });
    dirs.push(dir);
    const run = registro(['validate', '.'], { cwd: dir });
    expect(run.stdout).toContain('chiave "Data di creazione" non prevista  schema');
  });

  const lsp = lspSessions();
  it('registro lsp renames the label to the key', async () => {
    const dir = lsp.copy(MINIMAL);
    const client = await lsp.start(dir);
    const uri = await lsp.open(client, dir, 'trattamenti/mensa.yaml', mensa.replace(/^ {6}- base:/m, '      - Base Giuridica:'));
    const found = await client.diagnosticsFor(uri, (d) => d.length > 0);
    expect(found.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`)).toEqual(['5:9 chiave "Base Giuridica" non prevista: forse intendevi "base"?']);
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: found[0]!.range, context: { diagnostics: found } });
    expect(actions.map((a) => a.edit.changes[uri]![0]!.newText)).toEqual(['base']);
  });
});
