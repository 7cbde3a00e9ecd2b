import type { FileKind } from '../register/layout.js';
import { RECORD_DIRS, ROOT_FILES } from '../register/layout.js';
import type { Lang } from '../i18n/lang.js';
import { compareRecords, type RecordKind } from './compare.js';
import { kindLabel } from './field-labels.js';
import { WORDS } from './words.js';
import { readBlobs, type RepoPlace } from './git.js';
import { registerLog } from './log.js';
import { recordsOfFile } from './records.js';
import { dataOf, type TimelineEvent } from './timeline.js';

/** A record other than an activity, as the history names it: its kind and id ("soggetto", "aws"). */
export interface RecordKey {
  kind: RecordKind;
  id: string;
}

/** One record's life, with the key that names it. */
export interface RecordTimeline extends RecordKey {
  events: TimelineEvent[];
}

const ROOT_NAMES = Object.keys(ROOT_FILES).flatMap((name) => [name, name.replace(/\.yaml$/, '.yml')]);
const FOLDERS = Object.keys(RECORD_DIRS).filter((dir) => RECORD_DIRS[dir] !== 'trattamento');
const IN_FOLDER = new RegExp(`^(${FOLDERS.join('|')})/([^/]+)\\.ya?ml$`);

/** The kind and id of a file the history follows here (everything but the activities), from its path. */
function fileOf(path: string): { kind: FileKind; id: string } | undefined {
  const root = ROOT_FILES[path.replace(/\.yml$/, '.yaml')];
  if (root) return { kind: root, id: root };
  const m = IN_FOLDER.exec(path);
  return m ? { kind: RECORD_DIRS[m[1]!]!, id: m[2]! } : undefined;
}

/**
 * The history of every record that is not an activity: registro.yaml as one record, each party of
 * soggetti.yaml, each term of vocabolario.yaml, each service and each activity on
 * behalf of others. Each commit compares the records of the files it touched, before and after, as
 * `diff` compares two versions: a party moved between entries or a file renamed is followed. A
 * version that cannot be read counts as the last one that could (it changed nothing known).
 */
export function recordTimelines(place: RepoPlace): RecordTimeline[] {
  const commits = registerLog(place.top, place.prefix, { under: [...ROOT_NAMES, ...FOLDERS.map((f) => `${f}/`)] });
  const blobs = readBlobs(place.top, commits.flatMap((c) => c.files.flatMap((f) => [f.before, f.after])).filter((o): o is string => Boolean(o)));
  const good = new Map<string, Record<string, unknown>>();
  const timelines = new Map<string, RecordTimeline>();
  for (const c of commits) {
    const before = [];
    const after = [];
    for (const f of c.files) {
      const file = fileOf(f.path);
      if (!file) continue;
      const [old, now] = [f.before ? dataOf(blobs.get(f.before)) ?? good.get(f.path) : undefined, f.after ? dataOf(blobs.get(f.after)) ?? good.get(f.path) : undefined];
      before.push(...recordsOfFile(file.kind, file.id, old));
      after.push(...recordsOfFile(file.kind, file.id, now));
      if (now) good.set(f.path, now);
      else good.delete(f.path);
    }
    // The English translations are the notices' wording, not the register's content: `diff` shows them.
    for (const change of compareRecords(before, after).filter((x) => x.kind !== 'traduzione')) {
      const key = `${change.kind}\0${change.oldId ?? change.id}`;
      const timeline = timelines.get(key) ?? { kind: change.kind, id: change.id, events: [] };
      timelines.delete(key);
      timeline.id = change.id;
      timeline.events.push({
        commit: c.commit, date: c.date, author: c.author, subject: c.subject,
        change: change.change, id: change.id, ...(change.oldId ? { oldId: change.oldId } : {}),
        ...(change.before ? { before: change.before.data } : {}), ...(change.after ? { after: change.after.data } : {}),
        fields: change.fields, ...(c.boundary && change.change === 'aggiunto' ? { boundary: true } : {}),
      });
      timelines.set(`${change.kind}\0${change.id}`, timeline);
    }
  }
  return [...timelines.values()];
}

/** The record's name in its newest known version: a term's label, anything else's denominazione. */
export function nameOf(t: RecordTimeline): string {
  const key = t.kind === 'termine' ? 'it' : 'denominazione';
  const last = t.events.at(-1);
  return String(last?.after?.[key] ?? last?.before?.[key] ?? '');
}

/** How `storia` heads a record: "Servizio mensa «Mensa scolastica»", registro.yaml by its label alone. */
export function recordTitle(t: RecordTimeline, lang: Lang, name = nameOf(t)): string {
  if (t.kind === 'registro') return kindLabel(t.kind, lang);
  return `${kindLabel(t.kind, lang)} ${t.id}${name ? ` ${WORDS[lang].named(name)}` : ''}`;
}

const KIND_ORDER: RecordKind[] = ['registro', 'soggetto', 'servizio', 'attivita-responsabile', 'termine'];

/** registro.yaml first, then parties, services, activities for others and terms, each by id. */
export function byKindAndId(a: RecordKey, b: RecordKey): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
