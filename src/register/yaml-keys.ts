import { isCollection, isMap, isScalar, visit, type Document } from 'yaml';
import type { ParseProblem } from './parse-yaml.js';

/** Findings past this many in one file say nothing more: the first ones show the mistake. */
const MAX_KEY_PROBLEMS = 20;

/**
 * Duplicate and collection keys, found in one pass with a set per mapping. The `yaml` parser's
 * own uniqueKeys check compares each key with all the earlier ones (100,000 keys never end),
 * and a collection key (`[a, b]: 1`) would make it warn on stderr while turning it into a string.
 */
export function keyProblems(doc: Document, text: string): ParseProblem[] {
  const problems: ParseProblem[] = [];
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (problems.length >= MAX_KEY_PROBLEMS) return visit.BREAK;
        const key = pair.key;
        if (isCollection(key)) {
          const [start, end] = key.range ?? [0, 0];
          problems.push({ ruleId: 'yaml-syntax', severity: 'error', start, end: Math.min(end, start + 200), messageId: 'yaml.complexKey', params: {} });
          continue;
        }
        const id = isScalar(key) ? `${typeof key.value}:${String(key.value)}` : 'null:null';
        if (!seen.has(id)) {
          seen.add(id);
          continue;
        }
        const [start, end] = (isScalar(key) && key.range) || [0, 0];
        const name = (/^[^:\n]*/.exec(text.slice(start, Math.min(end, start + 200)))?.[0] ?? '').trim().replace(/^["']|["']$/g, '');
        problems.push({ ruleId: 'yaml-duplicate-key', severity: 'error', start, end, messageId: 'yaml.duplicateKey', params: { key: name } });
      }
      return undefined;
    },
  });
  return problems;
}
