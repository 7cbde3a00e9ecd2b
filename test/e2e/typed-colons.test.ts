import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL, locations, registerWith, registro, remove } from '../helpers.js';
import type { LspDiagnostic } from '../lsp-client.js';
import { lspSessions, settled } from '../lsp-harness.js';

const mensa = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8');
/** A list of texts with the software named the way an office writes it: "Gestionale: Halley". */
const withSoftware = (list: string) => mensa.replace(/^misure: .*$/m, `$&\n${list}`);
const blockList = 'applicativi:\n  - Protocollo informatico\n  - Gestionale: Halley';
const flowList = 'applicativi: [Protocollo informatico, Gestionale: Halley]';
type Action = { title: string; edit: { changes: Record<string, Array<{ range: LspDiagnostic['range']; newText: string }>> } };

/**
 * "Gestionale: Halley" in a list of texts is a mapping to YAML: the message said "atteso un
 * testo, trovato una mappa (chiave: valore)", true and of no help to who typed a text.
 */
describe('a text with a colon and a blank, read as key: value', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach(remove));

  it('validate says to quote it, at the item, in a block list and in a flow list', () => {
    for (const [list, at] of [[blockList, '20:5'], [flowList, '18:39']] as const) {
      const dir = registerWith({ 'trattamenti/mensa.yaml': withSoftware(list) });
      dirs.push(dir);
      const run = registro(['validate', '.'], { cwd: dir });
      expect(run.status).toBe(1);
      expect(locations(run.stdout)).toEqual([`trattamenti/mensa.yaml:${at} schema`]);
      expect(run.stdout).toContain('atteso un testo, trovato "Gestionale: Halley", letto come chiave e valore per i due punti seguiti da uno spazio; se fanno parte del testo, mettilo tra virgolette ("Gestionale: Halley")');
      const en = registro(['validate', '.', '--lang', 'en'], { cwd: dir });
      expect(en.stdout).toContain('expected a text, found "Gestionale: Halley", read as a key and a value for the colon followed by a blank; if it is part of the text, quote it ("Gestionale: Halley")');
    }
  });

  it('keeps the plain message for a mapping written as one', () => {
    const dir = registerWith({ 'trattamenti/mensa.yaml': withSoftware('applicativi:\n  - { nome: Halley }') });
    dirs.push(dir);
    expect(registro(['validate', '.'], { cwd: dir }).stdout).toContain('atteso un testo, trovato una mappa (chiave: valore)');
  });

  it('a list pasted with Word bullets says to start each item with a dash', () => {
    const dir = registerWith({ 'trattamenti/mensa.yaml': mensa.replace(/^interessati: .*$/m, 'interessati:\n  • genitori\n  • alunni') });
    dirs.push(dir);
    const run = registro(['validate', '.'], { cwd: dir });
    expect(locations(run.stdout)).toEqual(['trattamenti/mensa.yaml:8:3 schema']);
    expect(run.stdout).toContain('atteso un elenco, trovato un testo che comincia con •, il punto elenco di un programma di videoscrittura: in YAML ogni voce va su una riga che comincia con un trattino e uno spazio (- genitori)');
  });

  const lsp = lspSessions();
  it('registro lsp offers to quote it, and once quoted the record is clean', async () => {
    const dir = lsp.copy(MINIMAL);
    const client = await lsp.start(dir);
    const text = withSoftware(blockList);
    const uri = await lsp.open(client, dir, 'trattamenti/mensa.yaml', text);
    const found = (await client.diagnosticsFor(uri, (d) => d.length > 0)).find((d) => d.code === 'schema')!;
    expect([found.range.start.line + 1, found.range.start.character + 1]).toEqual([20, 5]);
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: found.range, context: { diagnostics: [found] } });
    expect(actions.map((a) => a.title)).toEqual(['Racchiudi tra virgolette: "Gestionale: Halley"']);
    const edit = actions[0]!.edit.changes[uri]![0]!;
    const lines = text.split('\n');
    const line = lines[edit.range.start.line]!;
    lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
    expect(lines[19]).toBe('  - "Gestionale: Halley"');
    await client.change(uri, 2, lines.join('\n'));
    await settled(client, uri);
    expect(await client.diagnosticsFor(uri)).toEqual([]);
  });
});
