import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
// @ts-expect-error plain JS build scripts
import { codesSchema, schemaTypes } from '../../scripts/gen.mjs';
// @ts-expect-error plain JS build scripts
import { createAjv, validatorNames } from '../../scripts/ajv-setup.mjs';

/** The schemas are the single source of the record shape: derived files must not drift. */
describe('generated files', () => {
  it('schemas/codici.schema.json matches the legal and vocabulary data', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'schemas/codici.schema.json'), 'utf8'));
    expect(committed).toEqual(codesSchema());
  });

  it('src/types/schema.ts matches the schemas (run `npm run gen` after changing a schema)', async () => {
    expect(readFileSync(join(ROOT, 'src/types/schema.ts'), 'utf8')).toBe(await schemaTypes());
  });

  it('every schema compiles in strict mode, with an $id and an Italian description', () => {
    const ajv = createAjv();
    for (const id of Object.values(validatorNames) as string[]) {
      expect(ajv.getSchema(id), id).toBeTruthy();
      const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', id), 'utf8'));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(id);
      expect(schema.description.length).toBeGreaterThan(20);
    }
  });

  it('the precompiled validators agree with a fresh compilation', async () => {
    const compiled = await import(join(ROOT, 'dist/schema/validators.js'));
    const ajv = createAjv();
    const samples = [
      { denominazione: 'x', finalita: [{ descrizione: 'y', basi_giuridiche: [{ base: '6.1.e' }] }] },
      { denominazione: 'x', finalita: [{ basi_giuridiche: [{ base: '6.1.z' }] }], extra: 1 },
      { denominazione: 'x', destinatari: 'nessuno' },
      { denominazione: 'x', destinatari: [{ descrizione: 'senza categoria' }] },
    ];
    for (const sample of samples) {
      const fresh = ajv.getSchema('trattamento.schema.json');
      expect(compiled.trattamento(sample)).toBe(fresh(sample));
      expect(compiled.trattamento.errors?.map((e: { instancePath: string; keyword: string }) => [e.instancePath, e.keyword])).toEqual(
        fresh.errors?.map((e: { instancePath: string; keyword: string }) => [e.instancePath, e.keyword]),
      );
    }
  });
});
