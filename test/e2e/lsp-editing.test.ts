import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, ROOT } from '../helpers.js';
import type { LspDiagnostic } from '../lsp-client.js';
import { fully, lspSessions, settled, validated } from '../lsp-harness.js';

const DEFECTS = join(ROOT, 'registers/comune-con-difetti');
type Action = { title: string; edit: { changes: Record<string, Array<{ range: LspDiagnostic['range']; newText: string }>> } };
type Hover = { contents: { value: string } } | null;

/** The text with one edit applied (single-line ranges, as the quick fixes make). */
function applied(text: string, edit: { range: LspDiagnostic['range']; newText: string }): string {
  const lines = text.split('\n');
  const line = lines[edit.range.start.line]!;
  lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
  return lines.join('\n');
}

describe('registro lsp: quick fixes, hovers, completion, and what is left to yaml-language-server', () => {
  const lsp = lspSessions();
  const mensa = readFileSync(join(EXAMPLE, 'trattamenti/mensa-scolastica.yaml'), 'utf8');

  it('replaces a quoted "SI" or \'NO\' with true or false, quotes and all', async () => {
    const dir = lsp.copy(EXAMPLE);
    const client = await lsp.start(dir);
    const uri = await lsp.open(client, dir, 'trattamenti/mensa-scolastica.yaml');
    await client.diagnosticsFor(uri);
    for (const [written, fixed] of [['"SI"', 'true'], ["'NO'", 'false']] as const) {
      const text = mensa.replace(/^denominazione: .*$/m, `$&\nlarga_scala: ${written}`);
      await client.change(uri, 2, text);
      const found = (await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'schema'))).find((x) => x.code === 'schema');
      const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: found!.range, context: { diagnostics: [found] } });
      const edit = actions[0]!.edit.changes[uri]![0]!;
      expect(edit.newText).toBe(fixed);
      const after = applied(text, edit);
      expect(after).toContain(`larga_scala: ${fixed}\n`);
      await client.change(uri, 3, after);
      // A boolean now: no schema error left (larga_scala: true brings the legal rules' findings).
      await settled(client, uri);
      expect((await client.diagnosticsFor(uri)).map((d) => d.code)).not.toContain('schema');
    }
  });

  it('never renames a key to one its mapping already has', async () => {
    const dir = lsp.copy(EXAMPLE);
    const client = await lsp.start(dir);
    const uri = await lsp.open(client, dir, 'trattamenti/mensa-scolastica.yaml', mensa + 'denominazzione: x\n');
    const found = await client.diagnosticsFor(uri, (d) => d.length > 0);
    const typo = found.find((d) => d.message.includes('denominazzione'))!;
    expect(typo.message).toContain('forse intendevi "denominazione"');
    expect(await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: typo.range, context: { diagnostics: [typo] } })).toEqual([]);
  });

  it('answers a code action with any message id, and bad or remote URIs, without an error', async () => {
    const dir = lsp.copy(EXAMPLE);
    const client = await lsp.start(dir);
    const uri = await lsp.open(client, dir, 'trattamenti/mensa-scolastica.yaml');
    const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } };
    for (const messageId of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const diagnostic = { range, source: 'registro', code: 'schema', message: 'x', data: { messageId, params: {} } };
      expect(await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [diagnostic] } })).toEqual([]);
    }
    for (const bad of ['file://server/share/registro.yaml', 'file:///tmp/%E0%A4%A/registro.yaml']) {
      await client.open(bad, 'denominazione: x\n');
      expect(await client.request('textDocument/completion', { textDocument: { uri: bad }, position: { line: 0, character: 15 } })).toEqual([]);
    }
    expect(client.log).toEqual([]);
  });

  it('offers no vocabulary terms inside a block scalar', async () => {
    const dir = lsp.copy(EXAMPLE);
    const client = await lsp.start(dir);
    const text = mensa.replace(/^denominazione: .*$/m, '$&\ndescrizione: |\n  interessati: \n  - ');
    const uri = await lsp.open(client, dir, 'trattamenti/mensa-scolastica.yaml', text);
    await client.diagnosticsFor(uri);
    const line = text.split('\n').indexOf('  interessati: ');
    expect(await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: 15 } })).toEqual([]);
    expect(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: line + 1, character: 4 } })).toEqual([]);
    // Outside it, the same key still completes.
    const plain = text.split('\n').findIndex((l) => l.startsWith('interessati:'));
    expect((await client.request<unknown[]>('textDocument/completion', { textDocument: { uri }, position: { line: plain, character: 'interessati: ['.length } })).length).toBeGreaterThan(5);
  });

  it('hovers rule ids only in eccezioni and opzioni.regole, and in English says it all in English', async () => {
    const dir = lsp.copy(EXAMPLE);
    const text = mensa.replace(/^denominazione: .*$/m, 'denominazione: Tenuta del file secondo lo schema (dates)') + 'eccezioni:\n  - regola: consent-withdrawal\n    motivo: x\n';
    const registro = readFileSync(join(dir, 'registro.yaml'), 'utf8') + 'opzioni:\n  regole:\n    stale: "off"\n';
    const at = (t: string, word: string, after = '') => {
      const line = t.split('\n').findIndex((l) => l.includes(after + word));
      return { line, character: t.split('\n')[line]!.indexOf(word) + 1 };
    };
    const it = await lsp.start(dir);
    const en = await lsp.start(dir, { args: ['--lang', 'en'] });
    for (const client of [it, en]) {
      const uri = await lsp.open(client, dir, 'trattamenti/mensa-scolastica.yaml', text);
      for (const word of ['file', 'schema', 'dates']) expect(await client.request('textDocument/hover', { textDocument: { uri }, position: at(text, word) }), word).toBeNull();
      const reg = await lsp.open(client, dir, 'registro.yaml', registro);
      expect((await client.request<Hover>('textDocument/hover', { textDocument: { uri: reg }, position: at(registro, 'stale', '    ') }))?.contents.value).toMatch(/^\*\*stale\*\*/);
    }
    const uri = join(dir, 'trattamenti/mensa-scolastica.yaml');
    const position = at(text, 'consent-withdrawal');
    const italian = (await it.request<Hover>('textDocument/hover', { textDocument: { uri: `file://${uri}` }, position }))!.contents.value;
    expect(italian).toContain('**consent-withdrawal**: Revoca del consenso (errore)');
    expect(italian).toContain('## Che cosa verifica');
    expect(italian.match(/Riferimento/g)).toHaveLength(1);
    const english = (await en.request<Hover>('textDocument/hover', { textDocument: { uri: `file://${uri}` }, position }))!.contents.value;
    expect(english.split('\n\n')).toEqual([
      '**consent-withdrawal**: Withdrawal of consent (error)',
      'Reference: Art. 7(3); Art. 9(2)(a)',
      `[docs/rules/consent-withdrawal.md](file://${join(ROOT, 'docs/rules/consent-withdrawal.md')})`,
    ]);
  });

  it('with --no-schema, leaves syntax errors and duplicate keys to yaml-language-server, keeps what it does not say', async () => {
    const dir = lsp.copy(DEFECTS);
    const client = await lsp.start(dir, { args: ['--no-schema'] });
    const file = 'trattamenti/newsletter.yaml';
    const base = readFileSync(join(dir, file), 'utf8');
    const uri = await lsp.open(client, dir, file);
    await client.diagnosticsFor(uri);
    // An anchor is registro's own finding (yaml-language-server takes anchors): it must stay beside each error left out.
    const anchored = 'note: &n x\n' + base;
    const cases: Array<[string, string, string[]]> = [
      ['syntax error', anchored.replace('interessati: [minori]', 'interessati: [minori'), ['yaml-syntax']],
      ['unclosed bracket at the end', anchored.trimEnd() + '\nx: [a, b\n', ['yaml-syntax']],
      ['duplicate key', anchored + 'creato: 2021-09-01\n', ['yaml-duplicate-key']],
      // yaml-language-server says nothing of these.
      ['empty record', '# yaml-language-server: $schema=../../../schemas/trattamento.schema.json\n', []],
      ['two documents', base + '---\nx: 1\n', []],
    ];
    let version = 1;
    for (const [name, text, left] of cases) {
      await client.change(uri, ++version, text);
      await settled(client, uri);
      const found = await client.diagnosticsFor(uri);
      // What validate says of the same text once saved, but for what yaml-language-server shows.
      writeFileSync(join(dir, file), text);
      const all = validated(dir, file);
      const kept = all.filter((d) => !left.includes(d.split(' ')[1]!));
      expect(left.every((code) => all.some((d) => d.split(' ')[1] === code)), name).toBe(true);
      expect(kept.length, name).toBeGreaterThan(0);
      expect(fully(found), name).toEqual(kept);
    }
  });
});
