import { isMap, isScalar, isSeq, parseDocument, type Scalar } from 'yaml';

/** A scalar of the file and where it is (offsets, its quotes included). */
export interface ScalarAt {
  value: string;
  start: number;
  end: number;
}

/**
 * The scalar under `offset` where the README says a rule id stands: the `regola` of an entry of
 * `eccezioni`, or a key of `opzioni.regole`. Elsewhere (a denominazione that says «file» or
 * «schema», a comment) a word is only a word.
 */
export function ruleIdAt(text: string, offset: number): ScalarAt | undefined {
  const doc = parseDocument(text, { uniqueKeys: false });
  const eccezioni = doc.get('eccezioni', true);
  const candidates: unknown[] = [];
  if (isSeq(eccezioni)) for (const item of eccezioni.items) if (isMap(item)) candidates.push(item.get('regola', true));
  const regole = doc.getIn(['opzioni', 'regole'], true);
  if (isMap(regole)) for (const pair of regole.items) candidates.push(pair.key);
  const hit = candidates.find((node): node is Scalar => isScalar(node) && !!node.range && node.range[0] <= offset && offset <= node.range[1]);
  return hit && { value: String(hit.value), start: hit.range![0], end: hit.range![1] };
}
