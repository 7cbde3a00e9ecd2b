import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXAMPLE, ROOT } from '../helpers.js';
import { LspClient, type LspDiagnostic } from '../lsp-client.js';
import { fully, lspSessions, settled, uriOf, validated, validatedFiles } from '../lsp-harness.js';

const DEFECTS = join(ROOT, 'registers/comune-con-difetti');

/** `line:col rule` as `validate` prints them (1-based), from the editor's 0-based ranges. */
const where = (list: LspDiagnostic[]) => list.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`).sort();

describe('registro lsp, driven over stdio as an editor drives it', () => {
  const lsp = lspSessions();

  it('publishes the same diagnostics as validate, then follows an edit, offers the fix and completes terms', async () => {
    const dir = lsp.copy(DEFECTS);
    const client = await lsp.start(dir);
    const text = readFileSync(join(dir, 'trattamenti/newsletter.yaml'), 'utf8');
    const uri = await lsp.open(client, dir, 'trattamenti/newsletter.yaml', text);

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
    const dir = lsp.copy(DEFECTS);
    const client = await lsp.start(dir);
    // soggetti.yaml: renaming a party breaks the reference in a record the editor has not opened.
    const soggetti = join(dir, 'soggetti.yaml');
    const centri = uriOf(dir, 'trattamenti/centri-estivi.yaml');
    const text = readFileSync(soggetti, 'utf8');
    const uri = await lsp.open(client, dir, 'soggetti.yaml', text);
    await client.diagnosticsFor(centri);
    const renamed = text.replace('- id: consorzio-servizi', '- id: consorzio-servizi-srl');
    await client.change(uri, 2, renamed);
    const broken = await client.diagnosticsFor(centri, (d) => d.some((x) => x.code === 'party-declared'));
    expect(broken.find((d) => d.code === 'party-declared')!.message).toContain('"consorzio-servizi"');

    // Then a record edited twice (the second run re-checks only what the record can change).
    const record = join(dir, 'trattamenti/newsletter.yaml');
    const original = readFileSync(record, 'utf8');
    const recordUri = await lsp.open(client, dir, 'trattamenti/newsletter.yaml', original);
    await client.diagnosticsFor(recordUri);
    const edited = original.replace('interessati: [minori]', 'interessati: [minorri, cittadini]').replace('aggiornato: 2026-02-01', 'aggiornato: 2020-02-01');
    await client.change(recordUri, 2, edited.replace('cittadini', 'cittadinni'));
    await client.diagnosticsFor(recordUri, (d) => d.some((x) => x.message.includes('cittadinni')));
    await client.change(recordUri, 3, edited);
    const last = await client.diagnosticsFor(recordUri, (d) => d.some((x) => x.code === 'stale') && !d.some((x) => x.message.includes('cittadinni')));

    writeFileSync(soggetti, renamed);
    writeFileSync(record, edited);
    const saved = validatedFiles(dir);
    expect(fully(last)).toEqual(saved('trattamenti/newsletter.yaml'));
    expect(fully(broken)).toEqual(saved('trattamenti/centri-estivi.yaml'));
    // Every file of the register, once the server has answered a request sent after the edits.
    await settled(client, recordUri);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const shown = client.published().get(uriOf(dir, file)) ?? [];
      expect(fully(shown), file).toEqual(saved(file));
    }
  });

  it('follows files created and deleted on disk', async () => {
    const dir = lsp.copy(EXAMPLE);
    const client = await lsp.start(dir);
    const open = await lsp.open(client, dir, 'registro.yaml');
    await client.diagnosticsFor(open);
    const created = join(dir, 'trattamenti/nuovo.yaml');
    const uri = uriOf(dir, 'trattamenti/nuovo.yaml');
    writeFileSync(created, readFileSync(join(dir, 'trattamenti/mensa-scolastica.yaml'), 'utf8').replace('soggetto: ristorazione-collettiva', 'soggetto: ristorazione-colletiva'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    const found = await client.diagnosticsFor(uri, (d) => d.length > 0);
    expect(found.map((d) => `${d.code} ${d.message}`)).toContain('party-declared il soggetto "ristorazione-colletiva" non è dichiarato in soggetti.yaml: forse intendevi "ristorazione-collettiva"?');
    rmSync(created);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    expect(await client.diagnosticsFor(uri, (d) => d.length === 0)).toEqual([]);
  });

  it('offers SI -> true and quoting a number, and completes party ids with their names', async () => {
    const dir = lsp.copy(EXAMPLE);
    const client = await lsp.start(dir);
    const file = readFileSync(join(dir, 'trattamenti/mensa-scolastica.yaml'), 'utf8');
    const uri = await lsp.open(client, dir, 'trattamenti/mensa-scolastica.yaml', file);
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
    const dir = lsp.copy(EXAMPLE);
    const client = await lsp.start(dir, { args: ['--no-schema'] });
    const file = readFileSync(join(dir, 'trattamenti/mensa-scolastica.yaml'), 'utf8');
    // The SI is a schema error: yaml-language-server shows it, registro does not repeat it.
    const uri = await lsp.open(client, dir, 'trattamenti/mensa-scolastica.yaml', file.replace(/^denominazione: .*$/m, '$&\nlarga_scala: SI'));
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
    const dir = lsp.copy(DEFECTS);
    const client = await lsp.start(dir, { args: ['--lang', 'en'] });
    const text = readFileSync(join(dir, 'trattamenti/newsletter.yaml'), 'utf8').replace('interessati: [minori]', 'interessati: [minorri]');
    const uri = await lsp.open(client, dir, 'trattamenti/newsletter.yaml', text);
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
