import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXAMPLE, ROOT, registerWith, registro, remove } from '../helpers.js';
import { LspClient, type LspDiagnostic } from '../lsp-client.js';

const DEFECTS = join(ROOT, 'registers/comune-con-difetti');

/** `line:col rule` as `validate` prints them (1-based), from the editor's 0-based ranges. */
const where = (list: LspDiagnostic[]) => list.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`).sort();

/** Full range, rule and message, as an editor shows them. */
const fully = (list: LspDiagnostic[]) =>
  list.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.code} ${d.message}`).sort();

/** The same, from `registro validate --format json`, for one file (or for each file, as a function). */
function validated(dir: string): (file: string) => string[];
function validated(dir: string, file: string): string[];
function validated(dir: string, file?: string): string[] | ((file: string) => string[]) {
  const run = registro(['validate', '.', '--format', 'json'], { cwd: dir });
  const report = JSON.parse(run.stdout) as { diagnostics: Array<{ file: string; ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string; suppressed?: unknown }> };
  const of = (name: string) =>
    report.diagnostics.filter((d) => d.file === name && !d.suppressed).map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId} ${d.message}`).sort();
  return file === undefined ? of : of(file);
}

describe('registro lsp, driven over stdio as an editor drives it', () => {
  const clients: LspClient[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) {
      c.process.stdin?.end();
      await c.exited();
    }
    dirs.splice(0).forEach(remove);
  });
  const start = async (dir: string, args: string[] = []) => {
    const client = new LspClient(dir, args);
    clients.push(client);
    await client.initialize(dir);
    return client;
  };

  it('publishes the same diagnostics as validate, then follows an edit, offers the fix and completes terms', async () => {
    const dir = registerWith({}, DEFECTS);
    dirs.push(dir);
    const client = await start(dir);
    const path = join(dir, 'trattamenti/newsletter.yaml');
    const uri = pathToFileURL(path).href;
    const text = readFileSync(path, 'utf8');
    await client.open(uri, text);

    const first = await client.diagnosticsFor(uri);
    expect(fully(first)).toEqual(validated(dir, 'trattamenti/newsletter.yaml'));
    expect(first.length).toBeGreaterThan(5);
    expect(where(first)).toContain('6:15 consent-withdrawal');
    const consent = first.find((d) => d.code === 'consent-withdrawal')!;
    expect(consent.source).toBe('registro');
    expect(consent.message).toMatch(/revoca|revocare/);
    expect(consent.codeDescription?.href).toBe(pathToFileURL(join(ROOT, 'docs/rules/consent-withdrawal.md')).href);

    // A typo in a vocabulary term: the rule sees it at once, at its column, with its suggestion.
    const typo = text.replace('interessati: [minori]', 'interessati: [minorri]');
    await client.change(uri, 2, typo);
    const second = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'vocabulary-term'));
    const term = second.find((d) => d.code === 'vocabulary-term')!;
    expect(term.range).toEqual({ start: { line: 6, character: 14 }, end: { line: 6, character: 21 } });
    expect(term.message).toContain('forse intendevi "minori"?');

    const actions = await client.request<Array<{ title: string; edit: { changes: Record<string, Array<{ range: unknown; newText: string }>> } }>>('textDocument/codeAction', {
      textDocument: { uri },
      range: term.range,
      context: { diagnostics: [term] },
    });
    expect(actions.map((a) => a.title)).toEqual(['Sostituisci con "minori"']);
    expect(actions[0]!.edit.changes[uri]).toEqual([{ range: term.range, newText: 'minori' }]);

    // Completion of a term inside the flow list, with its Italian label.
    const items = await client.request<Array<{ label: string; detail: string }>>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 7, character: 'dati: [identificativi, '.length },
    });
    expect(items.find((i) => i.label === 'contatto')?.detail).toMatch(/contatto/i);
    expect(items.some((i) => i.label === 'cittadini')).toBe(false);
  });

  it('after edits, says what validate says of the saved files, in the edited file and in those that depend on it', async () => {
    const dir = registerWith({}, DEFECTS);
    dirs.push(dir);
    const client = await start(dir);
    // soggetti.yaml: renaming a party breaks the reference in a record the editor has not opened.
    const soggetti = join(dir, 'soggetti.yaml');
    const uri = pathToFileURL(soggetti).href;
    const centri = pathToFileURL(join(dir, 'trattamenti/centri-estivi.yaml')).href;
    const text = readFileSync(soggetti, 'utf8');
    await client.open(uri, text);
    await client.diagnosticsFor(centri);
    const renamed = text.replace('- id: consorzio-servizi', '- id: consorzio-servizi-srl');
    await client.change(uri, 2, renamed);
    const broken = await client.diagnosticsFor(centri, (d) => d.some((x) => x.code === 'party-declared'));
    expect(broken.find((d) => d.code === 'party-declared')!.message).toContain('"consorzio-servizi"');

    // Then a record edited twice (the second run re-checks only what the record can change).
    const record = join(dir, 'trattamenti/newsletter.yaml');
    const recordUri = pathToFileURL(record).href;
    const original = readFileSync(record, 'utf8');
    await client.open(recordUri, original);
    await client.diagnosticsFor(recordUri);
    const edited = original.replace('interessati: [minori]', 'interessati: [minorri, cittadini]').replace('aggiornato: 2026-02-01', 'aggiornato: 2020-02-01');
    await client.change(recordUri, 2, edited.replace('cittadini', 'cittadinni'));
    await client.diagnosticsFor(recordUri, (d) => d.some((x) => x.message.includes('cittadinni')));
    await client.change(recordUri, 3, edited);
    const last = await client.diagnosticsFor(recordUri, (d) => d.some((x) => x.code === 'stale') && !d.some((x) => x.message.includes('cittadinni')));

    writeFileSync(soggetti, renamed);
    writeFileSync(record, edited);
    const saved = validated(dir);
    expect(fully(last)).toEqual(saved('trattamenti/newsletter.yaml'));
    expect(fully(broken)).toEqual(saved('trattamenti/centri-estivi.yaml'));
    // Every file of the register, once the server has answered a request sent after the edits.
    await client.request('textDocument/hover', { textDocument: { uri: recordUri }, position: { line: 0, character: 0 } });
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const shown = client.published().get(pathToFileURL(join(dir, file)).href) ?? [];
      expect(fully(shown), file).toEqual(saved(file));
    }
  });

  it('follows files created and deleted on disk', async () => {
    const dir = registerWith({}, EXAMPLE);
    dirs.push(dir);
    const client = await start(dir);
    const open = pathToFileURL(join(dir, 'registro.yaml')).href;
    await client.open(open, readFileSync(join(dir, 'registro.yaml'), 'utf8'));
    await client.diagnosticsFor(open);
    const created = join(dir, 'trattamenti/nuovo.yaml');
    const uri = pathToFileURL(created).href;
    writeFileSync(created, readFileSync(join(dir, 'trattamenti/mensa-scolastica.yaml'), 'utf8').replace('soggetto: ristorazione-collettiva', 'soggetto: ristorazione-colletiva'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    const found = await client.diagnosticsFor(uri, (d) => d.length > 0);
    expect(found.map((d) => `${d.code} ${d.message}`)).toContain('party-declared il soggetto "ristorazione-colletiva" non è dichiarato in soggetti.yaml: forse intendevi "ristorazione-collettiva"?');
    rmSync(created);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    expect(await client.diagnosticsFor(uri, (d) => d.length === 0)).toEqual([]);
  });

  it('offers SI -> true and quoting a number, and completes party ids with their names', async () => {
    const dir = registerWith({}, EXAMPLE);
    dirs.push(dir);
    const client = await start(dir);
    const file = readFileSync(join(dir, 'trattamenti', 'mensa-scolastica.yaml'), 'utf8');
    const path = join(dir, 'trattamenti/mensa-scolastica.yaml');
    const uri = pathToFileURL(path).href;
    await client.open(uri, file);
    expect(await client.diagnosticsFor(uri)).toEqual([]);

    const broken = file.replace(/^denominazione: .*$/m, '$&\nlarga_scala: SI').replace(/^referente: .*$/m, 'referente: 0612345');
    const referente = broken.split('\n').findIndex((l) => l.startsWith('referente:')) + 1;
    await client.change(uri, 2, broken);
    const found = await client.diagnosticsFor(uri, (d) => d.length >= 2);
    expect(where(found)).toEqual(['3:14 schema', `${referente}:12 schema`]);
    const actions = await client.request<Array<{ title: string; edit: { changes: Record<string, Array<{ newText: string }>> } }>>('textDocument/codeAction', {
      textDocument: { uri },
      range: found[0]!.range,
      context: { diagnostics: found },
    });
    expect(actions.map((a) => [a.title, a.edit.changes[uri]![0]!.newText])).toEqual([
      ['Sostituisci con "true"', 'true'],
      ['Racchiudi tra virgolette: "0612345"', '"0612345"'],
    ]);

    const line = broken.split('\n').findIndex((l) => l.includes('soggetto:'));
    const column = broken.split('\n')[line]!.indexOf('soggetto:') + 'soggetto: '.length;
    const items = await client.request<Array<{ label: string; detail: string }>>('textDocument/completion', { textDocument: { uri }, position: { line, character: column } });
    const soggetti = readFileSync(join(dir, 'soggetti.yaml'), 'utf8');
    const firstParty = /- id: ([a-z0-9-]+)\n\s+denominazione: (.*)/.exec(soggetti)!;
    expect(items.find((i) => i.label === firstParty[1])?.detail).toBe(firstParty[2]!.replace(/^"|"$/g, ''));
  });

  it('leaves schema errors to yaml-language-server with --no-schema, and hovers a rule id', async () => {
    const dir = registerWith({}, EXAMPLE);
    dirs.push(dir);
    const client = await start(dir, ['--no-schema']);
    const path = join(dir, 'trattamenti/mensa-scolastica.yaml');
    const uri = pathToFileURL(path).href;
    const file = readFileSync(path, 'utf8');
    // The SI is a schema error: yaml-language-server shows it, registro does not repeat it.
    await client.open(uri, file.replace(/^denominazione: .*$/m, '$&\nlarga_scala: SI'));
    expect(await client.diagnosticsFor(uri)).toEqual([]);
    // An exception that silences nothing is registro's own finding, and is shown.
    const edited = file + 'eccezioni:\n  - regola: stale\n    motivo: revisione in corso\n';
    await client.change(uri, 2, edited);
    const found = await client.diagnosticsFor(uri, (d) => d.length > 0);
    expect(found.map((d) => d.code)).toEqual(['config']);

    const lines = edited.split('\n');
    const line = lines.findIndex((l) => l.includes('regola: stale'));
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line, character: lines[line]!.indexOf('stale') + 2 } });
    expect(hover.contents.value).toContain('**stale**: Scheda non aggiornata (avviso)');
    expect(hover.contents.value).toContain('## Che cosa verifica');
  });

  it('speaks English with --lang en: messages and quick fixes', async () => {
    const dir = registerWith({}, DEFECTS);
    dirs.push(dir);
    const client = await start(dir, ['--lang', 'en']);
    const path = join(dir, 'trattamenti/newsletter.yaml');
    const uri = pathToFileURL(path).href;
    await client.open(uri, readFileSync(path, 'utf8').replace('interessati: [minori]', 'interessati: [minorri]'));
    const found = await client.diagnosticsFor(uri);
    const term = found.find((d) => d.code === 'vocabulary-term')!;
    expect(term.message).toBe('term "minorri" is not in the interessati vocabulary: did you mean "minori"?');
    const actions = await client.request<Array<{ title: string }>>('textDocument/codeAction', { textDocument: { uri }, range: term.range, context: { diagnostics: [term] } });
    expect(actions.map((a) => a.title)).toEqual(['Replace with "minori"']);
  });

  it('exits when the editor goes away, leaving no process behind', async () => {
    const client = new LspClient(EXAMPLE);
    await client.initialize(EXAMPLE);
    client.connection.dispose();
    client.process.stdin!.end();
    const code = await Promise.race([client.exited(), new Promise((r) => setTimeout(() => r('still running'), 5000))]);
    expect(code).not.toBe('still running');
    expect(() => process.kill(client.process.pid!, 0)).toThrow();
  });
});
