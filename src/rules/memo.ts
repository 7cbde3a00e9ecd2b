import type { Register } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';
import type { Vocabulary } from '../vocab/vocabulary.js';

/**
 * Facts that several rules derive from the same record (its legal bases, its terms, its DPIA
 * screening), worked out once per record. A record's data is never changed once loaded (the
 * language server parses a changed file anew), so the record itself is the key.
 */
export function perRecord<T>(derive: (record: TrattamentoFile) => T): (record: TrattamentoFile) => T {
  const memo = new WeakMap<TrattamentoFile, T>();
  return (record) => {
    let fact = memo.get(record);
    if (fact === undefined) memo.set(record, (fact = derive(record)));
    return fact;
  };
}

/** The same for facts that read the register's vocabulary too: once per vocabulary and record. */
export function perVocabularyRecord<T>(derive: (register: Register, record: TrattamentoFile) => T): (register: Register, record: TrattamentoFile) => T {
  const memo = new WeakMap<Vocabulary, WeakMap<TrattamentoFile, T>>();
  return (register, record) => {
    let byRecord = memo.get(register.vocabulary);
    if (!byRecord) memo.set(register.vocabulary, (byRecord = new WeakMap()));
    let fact = byRecord.get(record);
    if (fact === undefined) byRecord.set(record, (fact = derive(register, record)));
    return fact;
  };
}

/** The same for facts of the whole register (every transfer): once per register. */
export function perRegister<T>(derive: (register: Register) => T): (register: Register) => T {
  const memo = new WeakMap<Register, T>();
  return (register) => {
    let fact = memo.get(register);
    if (fact === undefined) memo.set(register, (fact = derive(register)));
    return fact;
  };
}
