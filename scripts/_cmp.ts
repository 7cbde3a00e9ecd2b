import { parseYaml, parseYamlDocument } from '../src/register/parse-yaml.js';
import { entriesFromSpans } from '../src/register/node-spans.js';
import { entriesOfDocument } from '../src/register/positions.js';
const samples = ['a:\n  - a: \n', 'a:\n  - b: x\n    a: \nc: 1\n', 'a: x\n', 'a: x', 'a:\n  - x\n  - y\nb: 1\n', 'a:\n  - k: v\n    j: w\n\nb: [1, 2]  # c\n', 'a: |\n  riga\n  due\nb: c\n', 'a: x # c\n', 'a:\nb: 2\n', 'c: { e: 1 }\n', 'a: \nb: 2\n', 'a:\n  - x\n  # dopo\nb: 1\n', 'a:\n  - x\n\n# dopo\n', 'a: "q"   \n', 'a: |-\n  r\n\nb: 1', 'a:\n  b:\n    - 1\n'];
for (const t of samples) {
  const f = parseYaml(t);
  const mine = entriesFromSpans(f.spans!, t, f.data);
  const full = entriesOfDocument(parseYamlDocument(t).doc);
  console.log(JSON.stringify(t));
  for (const [k, v] of full) { const m = mine?.get(k); const same = JSON.stringify(m) === JSON.stringify(v); console.log(same ? '  ok ' : '  XX ', k, JSON.stringify(v), same ? '' : JSON.stringify(m)); }
}
