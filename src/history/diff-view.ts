import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import { compareRecords, type ChangeKind, type FieldChange, type RecordChange, type RecordKind } from './compare.js';
import { effectsOf, type Effect } from './effects.js';
import { fieldLabel, kindLabel } from './field-labels.js';
import { recordsOf } from './records.js';
import { textInLanguage } from '../register/translations.js';
import { isItem, keyValueText, valueText } from './value-text.js';
import { pairSameWords, subChanges, type ChangedEntry, type LeafText } from './entry-changes.js';

/** A changed field in words: the register's label, and its old and new entries. */
export interface FieldView {
  field: string;
  label: string;
  single: boolean;
  before: string[];
  after: string[];
  /** Entries of a list that read the same before and after, with the keys that changed inside them. */
  changed?: ChangedEntry[];
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
  // A vocabulary term is named by its label.
  const nameKey = c.kind === 'termine' ? 'it' : 'denominazione';
  const name = String(c.after?.data[nameKey] ?? c.before?.data[nameKey] ?? '');
  // The values of an added or removed record are in the file: the change lists them only for the effects.
  const fields = c.change === 'aggiunto' || c.change === 'rimosso' ? [] : c.fields;
  return {
    change: c.change,
    kind: c.kind,
    kindLabel: kindLabel(c.kind, lang),
    id: c.id,
    ...(c.oldId ? { oldId: c.oldId } : {}),
    name,
    fields: fields.flatMap((f) => fieldViews(c.kind, f, before, after, lang)),
    effects: effects.map((e) => ({ id: e.id, text: e.text[lang], reference: e.reference[lang], because: e.because.map((b) => fieldLabel(b, lang)), services: e.services.map((s) => ({ ...s, name: textInLanguage(after, s.name, lang) })) })),
  };
}

/**
 * A field's change in words. A map changed in place (the DPO's details, a DPIA) is told key by
 * key; list entries whose words hide what changed are paired (entry-changes.ts).
 */
function fieldViews(kind: RecordKind, f: FieldChange, before: Register, after: Register, lang: Lang): FieldView[] {
  const label = fieldLabel(f.field, lang);
  const [old, now] = [f.removed[0], f.added[0]];
  const leafText: LeafText = (key, value, side) => keyValueText(f.field, key, value, side === 'before' ? before : after, lang);
  if (f.single && isItem(old) && isItem(now)) {
    return subChanges(old, now, lang, leafText).map((s) => ({ field: f.field, label: `${label} › ${s.path}`, single: true, before: s.before === undefined ? [] : [s.before], after: s.after === undefined ? [] : [s.after] }));
  }
  const words = { before: f.removed.map((v) => valueText(kind, f.field, v, before, lang)), after: f.added.map((v) => valueText(kind, f.field, v, after, lang)) };
  if (f.single) return [{ field: f.field, label, single: true, ...words }];
  const { changed, ...lists } = pairSameWords(f.removed, f.added, words, lang, leafText);
  return [{ field: f.field, label, single: false, ...lists, ...(changed.length ? { changed } : {}) }];
}
