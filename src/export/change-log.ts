import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import { eventView } from '../history/format-storia.js';
import { fieldLabel } from '../history/field-labels.js';
import { repoPlace } from '../history/git.js';
import { activityTimelines, type TimelineEvent } from '../history/timeline.js';
import { nameOf, recordTimelines, recordTitle } from '../history/record-timelines.js';
import type { RecordKind } from '../history/compare.js';
import { WORDS } from '../history/words.js';
import { monthsBefore } from '../rules/stale.js';
import { inLanguage, textInLanguage } from '../register/translations.js';
import type { ExportOptions, Table } from '../table/tables.js';

const MONTHS = 12;

const T = {
  it: {
    sheet: 'Modifiche',
    title: `Modifiche al registro negli ultimi ${MONTHS} mesi (dalla storia git)`,
    from: 'Dal',
    to: 'Al',
    headers: ['Data', 'Scheda', 'Modifica', 'Campi modificati', 'Da fare', 'Commit', 'Autore'],
    none: 'nessuna modifica al registro in questo periodo',
  },
  en: {
    sheet: 'Changes',
    title: `Changes to the register in the last ${MONTHS} months (from the git history)`,
    from: 'From',
    to: 'To',
    headers: ['Date', 'Record', 'Change', 'Fields changed', 'To do', 'Commit', 'Author'],
    none: 'no change to the register in this period',
  },
} satisfies Record<Lang, unknown>;

/**
 * The change log of the last 12 months up to the export's date, newest first, for a register
 * kept in git (none outside git): the accountability of art. 5(2) next to the register itself.
 * Every record counts: the activities, registro.yaml, the parties, the services, the terms.
 */
export function changeLogTables(register: Register, options: ExportOptions): Table[] {
  const place = repoPlace(register.root);
  if (!place) return [];
  const since = monthsBefore(options.today, MONTHS);
  const activities = [...activityTimelines(place).values()].flat().map((event) => ({ event, kind: 'trattamento' as const }));
  const others = recordTimelines(place).flatMap((t) => {
    const title = recordTitle(t, options.lang, textInLanguage(register, nameOf(t), options.lang));
    return t.events.map((event) => ({ event, kind: t.kind, title }));
  });
  const events = [...activities, ...others]
    // What a shallow clone's oldest commit "adds" was there before: no change of the period.
    .filter(({ event: e }) => !e.boundary && e.date.slice(0, 10) > since && e.date.slice(0, 10) <= options.today)
    .sort((a, b) => (a.event.date < b.event.date ? 1 : a.event.date > b.event.date ? -1 : 0));
  // Names as the other sheets write them: in English, in the register's translations.
  return [changeLogTable(events, inLanguage(register, options.lang), options.lang, since, options.today)];
}

/** An event of the log, with the kind of record it changed and, for all but activities, the record's heading. */
interface LoggedEvent {
  event: TimelineEvent;
  kind: RecordKind;
  title?: string;
}

function changeLogTable(events: LoggedEvent[], register: Register, lang: Lang, since: string, today: string): Table {
  const t = T[lang];
  const names = new Map(register.trattamenti.map((r) => [r.id, r.data.denominazione]));
  const rows = events.map(({ event: e, kind, title }) => {
    const view = eventView(e, register, lang, kind);
    const name = names.get(e.id) ?? String(e.after?.denominazione ?? e.before?.denominazione ?? '');
    const change = e.change === 'rinominato' ? `${WORDS[lang].change.rinominato} (${WORDS[lang].renamedFrom} ${e.oldId})` : WORDS[lang].change[e.change];
    const fields = e.change === 'modificato' || e.change === 'rinominato' ? e.fields.map((f) => fieldLabel(f.field, lang)).join('\n') : '';
    return [e.date.slice(0, 10), title ?? (name ? `${name} (${e.id})` : e.id), change, fields, view.effects.join('\n'), e.commit.slice(0, 7), e.author];
  });
  return {
    sheet: t.sheet,
    title: t.title,
    heading: [
      [t.from, since, 'date'],
      [t.to, today, 'date'],
    ],
    headers: t.headers,
    widths: [12, 34, 16, 28, 44, 10, 18],
    rows: rows.length ? rows : [['', t.none, '', '', '', '', '']],
    dateColumns: [0],
  };
}
