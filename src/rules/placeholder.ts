import type { Doc, Register } from '../register/model.js';
import type { Finding, Rule } from './types.js';
import { placeholderIn, placeholderWords } from '../text/placeholder.js';

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
    // Registers repeat the same short values (terms, office names) thousands of times: each is
    // judged once. A long text is judged as it comes: it seldom repeats, and remembering it costs more.
    const seen = new Map<string, string | undefined>();
    const judge = (value: string) => {
      if (value.length > MEMO_MAX_LENGTH) return placeholderIn(value);
      let verdict = seen.get(value);
      if (verdict === undefined && !seen.has(value)) seen.set(value, (verdict = placeholderIn(value)));
      return verdict;
    };
    for (const doc of documentsOf(register)) {
      for (const { pointer, value, quote } of placeholdersOf(doc.data, judge)) {
        const words = placeholderWords(value);
        yield { file: doc.file, pointer, at: 'value', words, messageId: 'rule.placeholder', params: { value: lineHolding(value, words) ?? quote } };
      }
    }
  },
};

/** In a text of several lines (a block scalar), the line that holds the placeholder: the message quotes it, as the position points at it. */
function lineHolding(value: string, words: string | undefined): string | undefined {
  if (!words || !value.includes('\n')) return undefined;
  return value.split('\n').find((line) => line.includes(words))?.trim();
}

/** Values up to this long (ids, terms, names) are remembered once judged. */
const MEMO_MAX_LENGTH = 40;

function documentsOf(register: Register): Doc<unknown>[] {
  const single = [register.registro, register.soggetti, register.vocabolario].filter((d) => d !== undefined) as Doc<unknown>[];
  return [...single, ...register.trattamenti, ...register.servizi, ...register.attivitaResponsabile];
}

/** Keys whose values are not the register's facts: the verbatim cells of an import. */
const NOT_FACTS = new Set(['importazione']);

/**
 * In an `eccezioni` entry the rule id and the JSON Pointer name parts of registro, not facts to
 * complete: `regola: placeholder` silences this very rule. The written reason (`motivo`) is text
 * a person fills in, and is judged.
 */
const EXCEPTION_REFERENCES = new Set(['regola', 'percorso']);

function isExceptionReference(path: ReadonlyArray<string | number>, key: string): boolean {
  return EXCEPTION_REFERENCES.has(key) && typeof path[path.length - 1] === 'number' && path[path.length - 2] === 'eccezioni';
}

/**
 * Every string of a document that holds a placeholder, with its JSON Pointer and what the message quotes (built only for
 * those: most strings hold none). Keys are ids, never placeholders (the rule ids of
 * opzioni.regole among them).
 */
function placeholdersOf(root: unknown, judge: (value: string) => string | undefined): Array<{ pointer: string; value: string; quote: string }> {
  const found: Array<{ pointer: string; value: string; quote: string }> = [];
  const path: Array<string | number> = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      const hit = judge(value);
      if (hit) found.push({ pointer: path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''), value, quote: hit });
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    } else if (value && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if ((path.length === 0 && NOT_FACTS.has(key)) || isExceptionReference(path, key)) continue;
        path.push(key);
        walk((value as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(root);
  return found;
}
