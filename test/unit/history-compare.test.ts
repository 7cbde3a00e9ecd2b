import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFields, compareRecords } from '../../src/history/compare.js';

/** A record-like value: maps, lists, texts, numbers, flags. */
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean()),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), tie('node'), { maxKeys: 4 }),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('list'), tie('map')),
})).map;

/** The same value with every map's keys and every list's entries in another order. */
function shuffled(v: unknown, seed: number): unknown {
  if (Array.isArray(v)) return v.map((x, i) => shuffled(x, seed + i)).sort(() => (seed % 2 ? 1 : -1)).reverse();
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).reverse().map(([k, x], i) => [k, shuffled(x, seed + i)]));
  }
  return v;
}

describe('comparison by meaning', () => {
  it('sees no change when only key order and list order differ', () => {
    fc.assert(
      fc.property(value, fc.nat(), (record, seed) => {
        expect(compareFields(record, shuffled(record, seed) as Record<string, unknown>)).toEqual([]);
      }),
    );
  });

  it('sees exactly the field that changed', () => {
    fc.assert(
      fc.property(value, fc.string({ minLength: 1, maxLength: 6 }), fc.string({ maxLength: 8 }), (record, key, text) => {
        fc.pre(record[key] !== text);
        const changed = { ...record, [key]: text };
        expect(compareFields(record, changed).map((f) => f.field)).toEqual([key]);
      }),
    );
  });

  it('calls the same content under a new id a rename, dates aside', () => {
    const data = { denominazione: 'Protocollo', dati: ['identificativi'], aggiornato: '2025-01-01' };
    const changes = compareRecords([{ kind: 'trattamento', id: 'protocollo', data }], [{ kind: 'trattamento', id: 'protocollo-generale', data: { ...data, aggiornato: '2025-02-01' } }]);
    expect(changes.map((c) => [c.change, c.oldId, c.id, c.fields.map((f) => f.field)])).toEqual([['rinominato', 'protocollo', 'protocollo-generale', ['aggiornato']]]);
  });
});
