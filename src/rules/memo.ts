import type { Register } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';

/**
 * Facts that several rules derive from the same record (its legal bases, its terms, its DPIA
 * screening) or from the same register (every transfer), worked out once for each. Neither is
 * changed once loaded (the language server parses a changed file anew and builds a new
 * register), so the object itself is the key.
 */
export function perObject<K extends object, T>(derive: (key: K) => T): (key: K) => T {
  const memo = new WeakMap<K, T>();
  return (key) => {
    let fact = memo.get(key);
    if (fact === undefined) memo.set(key, (fact = derive(key)));
    return fact;
  };
}

/** A fact of a record: once per record. */
export const perRecord = <T>(derive: (record: TrattamentoFile) => T) => perObject(derive);

/** A fact of the whole register: once per register. */
export const perRegister = <T>(derive: (register: Register) => T) => perObject(derive);

/**
 * A fact of a record that reads part of its register too: once per record and that part (the
 * object `partOf` returns), so that registers derived from one another (rules/scope.ts) share it.
 */
function perRecordAnd<P extends object, T>(partOf: (register: Register) => P, derive: (register: Register, record: TrattamentoFile) => T): (register: Register, record: TrattamentoFile) => T {
  const byPart = perObject((_part: P) => new WeakMap<TrattamentoFile, T>());
  return (register, record) => {
    const memo = byPart(partOf(register));
    let fact = memo.get(record);
    if (fact === undefined) memo.set(record, (fact = derive(register, record)));
    return fact;
  };
}

/** A fact of a record that reads the register's vocabulary too: once per vocabulary and record. */
export const perVocabularyRecord = <T>(derive: (register: Register, record: TrattamentoFile) => T) => perRecordAnd((register) => register.vocabulary, derive);

/** A fact of a record that reads registro.yaml too (the kind of controller): once per register and record. */
export const perRegisterRecord = <T>(derive: (register: Register, record: TrattamentoFile) => T) => perRecordAnd((register) => register, derive);
