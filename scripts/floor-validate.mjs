// The floor for `registro validate`: a cold Node process that does only the irreducible work,
// reading each record, parsing it with `yaml` and validating it with the precompiled schema,
// on one core. `registro` should cost close to this.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { trattamento } from '../dist/schema/validators.js';

const dir = join(process.argv[2], 'trattamenti');
let invalid = 0;
for (const name of readdirSync(dir)) {
  if (!trattamento(parse(readFileSync(join(dir, name), 'utf8'), { version: '1.2' }))) invalid++;
}
process.stdout.write(`${invalid}\n`);
