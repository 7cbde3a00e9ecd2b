import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

// A value that ends a sentence goes through {{frase}}, which adds the full stop only when the
// value has none: "Ferramenta Bellini S.p.A." never reads "S.p.A..". Only values that can never
// end with a full stop (dates, versions, addresses for e-mail and the web) may be followed by one.
const NEVER_ENDS_WITH_A_STOP = new Set(['aggiornato', 'aggiornata', 'versione', 'canali.rpd_pec', 'canali.rpd_email', 'rpd.contatti.pec', 'rpd.contatti.email', 'titolare.contatti.sito', 'url_completa', 'canali.email', 'canali.pec']);

const templates = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.hbs'))
    .map((f) => join(dir, f));

describe('a value that ends a sentence is closed by {{frase}}', () => {
  it('no built-in template prints a free-text value followed by a full stop of its own', () => {
    const offending: string[] = [];
    for (const file of [...templates(join(ROOT, 'templates/informativa')), ...templates(join(ROOT, 'templates/sito'))]) {
      // Block tags print nothing: "{{norma}}{{/if}}." ends the sentence on the value too.
      const text = readFileSync(file, 'utf8').replace(/\{\{(#|\/|else)[^}]*\}\}/g, '');
      for (const m of text.matchAll(/\{\{(?!frase |>|\{)([^}]+)\}\}\.(?!\w)/g)) {
        if (!NEVER_ENDS_WITH_A_STOP.has(m[1]!.trim())) offending.push(`${file.slice(ROOT.length)}: {{${m[1]}}}.`);
      }
    }
    expect(offending).toEqual([]);
  });
});
