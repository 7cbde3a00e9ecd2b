import type { Doc, Register } from '../register/model.js';
import type { Finding, Rule } from './types.js';
import { placeholderIn } from '../text/placeholder.js';

/**
 * No value may stand in for a real one: what `init` and `import` leave to complete, TODOs,
 * "<nome>", sample e-mail domains, codes of zeros. A placeholder that reaches the workbook or a
 * notice publishes a gap (art. 30: the register holds the real facts; artt. 13-14: the notice
 * tells the data subject who to contact).
 */
export const placeholder: Rule = {
  id: 'placeholder',
  severity: 'error',
  reference: 'art. 30, par. 1; artt. 13 e 14',
  title: { it: 'Valori da completare', en: 'Values left to complete' },
  *check({ register }): Iterable<Finding> {
    for (const doc of documentsOf(register)) {
      for (const { pointer, value } of stringsOf(doc.data, '')) {
        const found = placeholderIn(value);
        if (found) yield { file: doc.file, pointer, at: 'value', messageId: 'rule.placeholder', params: { value: found } };
      }
    }
  },
};

function documentsOf(register: Register): Doc<unknown>[] {
  const single = [register.registro, register.soggetti, register.vocabolario].filter((d) => d !== undefined) as Doc<unknown>[];
  return [...single, ...register.trattamenti, ...register.servizi, ...register.attivitaResponsabile];
}

/** Keys whose values are not the register's facts: the verbatim cells of an import. */
const NOT_FACTS = new Set(['importazione']);

/** Every string of a document with its JSON Pointer. Keys are ids, never placeholders. */
function* stringsOf(value: unknown, pointer: string): Iterable<{ pointer: string; value: string }> {
  if (typeof value === 'string') {
    yield { pointer, value };
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* stringsOf(item, `${pointer}/${i}`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (pointer === '' && NOT_FACTS.has(key)) continue;
      yield* stringsOf(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  }
}
