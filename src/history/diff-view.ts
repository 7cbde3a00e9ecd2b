import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import { compareRecords, type ChangeKind, type RecordChange, type RecordKind } from './compare.js';
import { effectsOf, type Effect } from './effects.js';
import { fieldLabel, kindLabel } from './field-labels.js';
import { recordsOf } from './records.js';
import { valueText } from './value-text.js';

/** A changed field in words: the register's label, and its old and new entries. */
export interface FieldView {
  field: string;
  label: string;
  single: boolean;
  before: string[];
  after: string[];
}

export interface ChangeView {
  change: ChangeKind;
  kind: RecordKind;
  kindLabel: string;
  id: string;
  oldId?: string;
  /** The record's name (denominazione), new version first. */
  name: string;
  fields: FieldView[];
  effects: Array<{ id: string; text: string; reference: string; because: string[]; services: Array<{ id: string; name: string }> }>;
}

export interface DiffView {
  lang: Lang;
  from: string;
  to: string;
  changes: ChangeView[];
}

/** Two versions of a register compared, with what each change obliges, in the words of `lang`. */
export function diffRegisters(before: Register, after: Register, lang: Lang, from: string, to: string): DiffView {
  const changes = compareRecords(recordsOf(before), recordsOf(after)).map((c) => viewOf(c, effectsOf(c, before, after), before, after, lang));
  return { lang, from, to, changes };
}

export function viewOf(c: RecordChange, effects: Effect[], before: Register, after: Register, lang: Lang): ChangeView {
  const name = String(c.after?.data.denominazione ?? c.before?.data.denominazione ?? '');
  // The values of an added or removed record are in the file: the change lists them only for the effects.
  const fields = c.change === 'aggiunto' || c.change === 'rimosso' ? [] : c.fields;
  return {
    change: c.change,
    kind: c.kind,
    kindLabel: kindLabel(c.kind, lang),
    id: c.id,
    ...(c.oldId ? { oldId: c.oldId } : {}),
    name,
    fields: fields.map((f) => ({
      field: f.field,
      label: fieldLabel(f.field, lang),
      single: f.single,
      before: f.removed.map((v) => valueText(c.kind, f.field, v, before, lang)),
      after: f.added.map((v) => valueText(c.kind, f.field, v, after, lang)),
    })),
    effects: effects.map((e) => ({ id: e.id, text: e.text[lang], reference: e.reference[lang], because: e.because.map((b) => fieldLabel(b, lang)), services: e.services })),
  };
}
