import { isMap, isScalar, parseDocument, visit } from 'yaml';

/**
 * The other keys of the mapping that holds the key starting at `offset` (its quote included):
 * renaming a key to one of them would make a duplicate key, which YAML forbids.
 */
export function siblingKeys(text: string, offset: number): Set<string> {
  const siblings = new Set<string>();
  visit(parseDocument(text, { uniqueKeys: false }), {
    Map(_, map) {
      if (!isMap(map)) return undefined;
      const keys = map.items.map((pair) => pair.key).filter(isScalar);
      if (!keys.some((k) => k.range?.[0] === offset)) return undefined;
      for (const k of keys) if (k.range?.[0] !== offset) siblings.add(String(k.value));
      return visit.BREAK;
    },
  });
  return siblings;
}
