import type { Lang } from '../i18n/lang.js';
import type { RecordKind } from './compare.js';
import fields from '../i18n/data/campi.json' with { type: 'json' };

/**
 * The names of the records' fields in words, as the register's workbook and notices call them:
 * every key of the schemas has one (test/unit/field-labels.test.ts), so no change is shown by
 * its YAML key. A few entries (basi, responsabili, monitoraggio...) name the views the legal
 * effects are written against (src/history/facets.ts).
 */
const FIELDS: Readonly<Record<string, { it: string; en: string }>> = fields;

/** A key's label; a dotted path of keys ("titolare.contatti") as its labels joined by "›". */
export function fieldLabel(field: string, lang: Lang): string {
  if (field.includes('.')) return field.split('.').map((key) => fieldLabel(key, lang)).join(' › ');
  return FIELDS[field]?.[lang] ?? field;
}

const KINDS: Readonly<Record<RecordKind, { it: string; en: string }>> = {
  registro: { it: 'Titolare e registro (registro.yaml)', en: 'Controller and register (registro.yaml)' },
  soggetto: { it: 'Soggetto', en: 'Party' },
  trattamento: { it: 'Trattamento', en: 'Processing activity' },
  servizio: { it: 'Servizio', en: 'Service' },
  'attivita-responsabile': { it: 'Attività per conto di terzi', en: 'Activity on behalf of others' },
  termine: { it: 'Termine del vocabolario', en: 'Vocabulary term' },
  traduzione: { it: 'Traduzione inglese di', en: 'English translation of' },
};

export function kindLabel(kind: RecordKind, lang: Lang): string {
  return KINDS[kind][lang];
}
