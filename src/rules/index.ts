import type { CheckMeta, Rule } from './types.js';
import { uniqueIds } from './unique-ids.js';
import { dates } from './dates.js';
import { partyDeclared } from './party-declared.js';
import { activityDeclared } from './activity-declared.js';
import { vocabularyTerm } from './vocabulary-term.js';

/** The rules run on the register model, in this order. One rule per file; add new ones here. */
export const RULES: readonly Rule[] = [uniqueIds, dates, partyDeclared, activityDeclared, vocabularyTerm];

/** Checks made while loading, before any rule: they cannot be switched off. */
export const FORM_CHECKS: readonly CheckMeta[] = [
  { id: 'encoding', severity: 'error', reference: '', title: { it: 'Codifica UTF-8', en: 'UTF-8 encoding' } },
  { id: 'file', severity: 'error', reference: '', title: { it: 'File leggibile', en: 'Readable file' } },
  { id: 'yaml-syntax', severity: 'error', reference: '', title: { it: 'Sintassi YAML', en: 'YAML syntax' } },
  { id: 'yaml-duplicate-key', severity: 'error', reference: '', title: { it: 'Chiavi ripetute', en: 'Duplicate keys' } },
  { id: 'yaml-alias', severity: 'error', reference: '', title: { it: 'Ancore e alias', en: 'Anchors and aliases' } },
  { id: 'schema', severity: 'error', reference: 'art. 30 GDPR', title: { it: 'Forma delle schede (JSON Schema)', en: 'Record shape (JSON Schema)' } },
  { id: 'layout', severity: 'warning', reference: '', title: { it: 'File al loro posto', en: 'Files in place' } },
  { id: 'config', severity: 'warning', reference: '', title: { it: 'Configurazione delle regole', en: 'Rule configuration' } },
];

export const ALL_CHECKS: readonly CheckMeta[] = [...FORM_CHECKS, ...RULES];

/** Checks whose severity a register may change or switch off. */
export const CONFIGURABLE = new Set<string>([...RULES.map((r) => r.id), 'layout']);
