import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import { effectsOf } from './effects.js';
import { fieldLabel } from './field-labels.js';
import type { TimelineEvent } from './timeline.js';
import { valueText } from './value-text.js';
import { WORDS } from './words.js';
import { visible } from '../formatters/visible.js';

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

export function eventView(e: TimelineEvent, register: Register, lang: Lang): EventView {
  const w = WORDS[lang];
  let summary: string;
  if (e.boundary) summary = w.present;
  else if (e.change === 'aggiunto') summary = e.unreadable ? `${w.created}: ${w.unreadable}` : w.created;
  else if (e.unreadable) summary = `${w.change[e.change]}: ${w.unreadable}`;
  else if (e.change === 'rimosso') summary = w.change.rimosso;
  else {
    const parts = e.fields.map((f) => {
      const label = fieldLabel(f.field, lang);
      if (!f.single) return `${label} (${[f.added.length ? `+${f.added.length}` : '', f.removed.length ? `−${f.removed.length}` : ''].filter(Boolean).join(' ')})`;
      const [old, now] = [f.removed[0], f.added[0]].map((v) => (v === undefined ? w.emptyField : valueText('trattamento', f.field, v, register, lang)));
      return old!.length + now!.length <= SHORT ? `${label}: ${old} → ${now}` : label;
    });
    const head = e.change === 'rinominato' ? `${w.change.rinominato} (${w.renamedFrom} ${e.oldId})` : w.change.modificato;
    summary = parts.length ? `${head}: ${parts.join(', ')}` : head;
  }
  // Services and parties are read from the register as it is now: the history names them as they are known today.
  // A creation obliges what the whole record says: the history names only what later changes oblige.
  const effects = e.change === 'aggiunto' || e.unreadable ? [] : effectsOf({ change: e.change, kind: 'trattamento', id: e.id, oldId: e.oldId, before: e.before && { kind: 'trattamento', id: e.oldId ?? e.id, data: e.before }, after: e.after && { kind: 'trattamento', id: e.id, data: e.after }, fields: e.fields }, register, register)
    .filter((x) => x.id !== 'servizi-orfani')
    .map((x) => `${x.text[lang]}${x.services.length ? `: ${x.services.map((s) => s.name).join(', ')}` : ''}`);
  return { commit: e.commit, date: e.date, author: e.author, subject: e.subject, change: e.change, id: e.id, ...(e.oldId ? { oldId: e.oldId } : {}), ...(e.boundary ? { boundary: true } : {}), ...(e.unreadable ? { unreadable: true } : {}), summary, effects };
}

export function storiaStylish(histories: Array<{ id: string; name: string; events: EventView[] }>, lang: Lang): string {
  const lines: string[] = [];
  for (const h of histories) {
    lines.push(`${h.id}${h.name ? ` ${WORDS[lang].named(h.name)}` : ''}`);
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
