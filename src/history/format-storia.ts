import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import type { RecordKind } from './compare.js';
import { effectsOf } from './effects.js';
import { fieldLabel } from './field-labels.js';
import type { TimelineEvent } from './timeline.js';
import { isItem, keyValueText, valueText } from './value-text.js';
import { subChanges, type LeafText } from './entry-changes.js';
import { WORDS } from './words.js';
import { visible } from '../formatters/visible.js';
import { textInLanguage } from '../register/translations.js';

/** One event in words: the summary of what it changed, and what that obliges. */
export interface EventView {
  commit: string;
  date: string;
  author: string;
  subject: string;
  change: TimelineEvent['change'];
  id: string;
  oldId?: string;
  /** Already there in the oldest commit of a shallow clone (not a creation). */
  boundary?: boolean;
  /** The version of that commit cannot be read. */
  unreadable?: boolean;
  summary: string;
  effects: string[];
}

const SHORT = 60;

/** "Label: old → new" when both are short, else the label alone (the record has the rest). */
const shortChange = (label: string, old: string, now: string) => (old.length + now.length <= SHORT ? `${label}: ${old} → ${now}` : label);

export function eventView(e: TimelineEvent, register: Register, lang: Lang, kind: RecordKind = 'trattamento'): EventView {
  const w = WORDS[lang];
  let summary: string;
  if (e.boundary) summary = w.present;
  else if (e.change === 'aggiunto') summary = e.unreadable ? `${w.created}: ${w.unreadable}` : w.created;
  else if (e.unreadable) summary = `${w.change[e.change]}: ${w.unreadable}`;
  else if (e.change === 'rimosso') summary = w.change.rimosso;
  else {
    const parts = e.fields.flatMap((f) => {
      const label = fieldLabel(f.field, lang);
      if (!f.single) return [`${label} (${[f.added.length ? `+${f.added.length}` : '', f.removed.length ? `−${f.removed.length}` : ''].filter(Boolean).join(' ')})`];
      const [removed, added] = [f.removed[0], f.added[0]];
      // A map changed in place (the DPO's details) is told key by key, as `diff` tells it.
      if (isItem(removed) && isItem(added)) {
        const leafText: LeafText = (key, value) => keyValueText(f.field, key, value, register, lang);
        return subChanges(removed, added, lang, leafText).map((s) => shortChange(`${label} › ${s.path}`, s.before ?? w.emptyField, s.after ?? w.emptyField));
      }
      const [old, now] = [removed, added].map((v) => (v === undefined ? w.emptyField : valueText(kind, f.field, v, register, lang)));
      return [shortChange(label, old!, now!)];
    });
    const head = e.change === 'rinominato' ? `${w.change.rinominato} (${w.renamedFrom} ${e.oldId})` : w.change.modificato;
    summary = parts.length ? `${head}: ${parts.join(', ')}` : head;
  }
  // Services and parties are read from the register as it is now: the history names them as they are known today.
  // A creation obliges what the whole record says: the history names only what later changes oblige.
  const effects = e.change === 'aggiunto' || e.unreadable ? [] : effectsOf({ change: e.change, kind, id: e.id, oldId: e.oldId, before: e.before && { kind, id: e.oldId ?? e.id, data: e.before }, after: e.after && { kind, id: e.id, data: e.after }, fields: e.fields }, register, register)
    .filter((x) => x.id !== 'servizi-orfani')
    .map((x) => `${x.text[lang]}${x.services.length ? `: ${x.services.map((s) => textInLanguage(register, s.name, lang)).join(', ')}` : ''}`);
  return { commit: e.commit, date: e.date, author: e.author, subject: e.subject, change: e.change, id: e.id, ...(e.oldId ? { oldId: e.oldId } : {}), ...(e.boundary ? { boundary: true } : {}), ...(e.unreadable ? { unreadable: true } : {}), summary, effects };
}

export function storiaStylish(histories: Array<{ id: string; name: string; title?: string; events: EventView[] }>, lang: Lang): string {
  const lines: string[] = [];
  for (const h of histories) {
    lines.push(h.title ?? `${h.id}${h.name ? ` ${WORDS[lang].named(h.name)}` : ''}`);
    const authorWidth = Math.max(...h.events.map((e) => e.author.length));
    for (const e of h.events) {
      lines.push(`  ${e.date.slice(0, 10)}  ${e.commit.slice(0, 7)}  ${e.author.padEnd(authorWidth)}  ${e.summary}`);
      for (const x of e.effects) lines.push(`${' '.repeat(25 + authorWidth)}→ ${x}`);
    }
    lines.push('');
  }
  // Ids, names, authors and values come from the repository: each line stays one line, without terminal escapes.
  return lines.length ? lines.map(visible).join('\n') : `${WORDS[lang].noHistory('')}\n`;
}
