import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { lspSessions } from '../lsp-harness.js';

/**
 * An editor says its language in initialize (`locale`, LSP 3.16): without --lang or
 * REGISTRO_LANG the server speaks it, in every message, quick fix and hover.
 */
const DEFECTS = join(ROOT, 'registers/comune-con-difetti');

describe('registro lsp speaks the language of the editor', () => {
  const lsp = lspSessions();

  async function session(options: { locale?: string; args?: string[]; env?: Record<string, string> }) {
    const dir = lsp.copy(DEFECTS);
    // REGISTRO_LANG of the machine running the tests must not decide.
    const client = await lsp.start(dir, { ...options, env: { REGISTRO_LANG: '', ...options.env } });
    const text = readFileSync(join(dir, 'trattamenti/newsletter.yaml'), 'utf8').replace('interessati: [minori]', 'interessati: [minorri]');
    const uri = await lsp.open(client, dir, 'trattamenti/newsletter.yaml', text);
    const term = (await client.diagnosticsFor(uri)).find((d) => d.code === 'vocabulary-term')!;
    const actions = await client.request<Array<{ title: string }>>('textDocument/codeAction', { textDocument: { uri }, range: term.range, context: { diagnostics: [term] } });
    return { message: term.message, actions: actions.map((a) => a.title) };
  }

  it('an editor in English (en-GB) gets English', async () => {
    expect(await session({ locale: 'en-GB' })).toEqual({
      message: 'term "minorri" is not in the interessati vocabulary: did you mean "minori"?',
      actions: ['Replace with "minori"'],
    });
  });

  it('an editor in Italian, or one that says nothing, gets Italian', async () => {
    for (const locale of ['it', undefined]) expect((await session({ locale })).actions).toEqual(['Sostituisci con "minori"']);
  });

  it('--lang and REGISTRO_LANG win over the editor', async () => {
    expect((await session({ locale: 'en', args: ['--lang', 'it'] })).actions).toEqual(['Sostituisci con "minori"']);
    expect((await session({ locale: 'en', env: { REGISTRO_LANG: 'it' } })).actions).toEqual(['Sostituisci con "minori"']);
  });
});
