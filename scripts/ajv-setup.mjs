// One Ajv configuration, shared by the build (standalone code) and by the tests and benchmark
// that compile the schemas at run time, so that both validate exactly alike.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Exported validator name -> schema $id. */
export const validatorNames = {
  registro: 'registro.schema.json',
  soggetti: 'soggetti.schema.json',
  trattamento: 'trattamento.schema.json',
  servizio: 'servizio.schema.json',
  attivitaResponsabile: 'attivita-responsabile.schema.json',
  vocabolario: 'vocabolario.schema.json',
};

export function createAjv(extra = {}) {
  const Ajv2020 = require('ajv/dist/2020').default;
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, ...extra });
  // Editor-only annotations: yaml-language-server reads them for completion and hovers, and
  // shows errorMessage (patternErrorMessage for a pattern) instead of its own English message.
  for (const keyword of ['markdownEnumDescriptions', 'errorMessage', 'patternErrorMessage']) ajv.addKeyword({ keyword });
  const dir = join(root, 'schemas');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.schema.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  }
  return ajv;
}
