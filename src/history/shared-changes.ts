import type { Register } from '../register/model.js';
import { ROOT_FILES, type FileKind } from '../register/layout.js';
import { compareRecords, type RecordChange, type RecordVersion } from './compare.js';
import { effectsOf } from './effects.js';
import { readBlobs, type RepoPlace } from './git.js';
import { NOTICE_EFFECT } from './last-changes.js';
import { registerLog } from './log.js';
import { recordsOfFile } from './records.js';
import { dataOf } from './timeline.js';

/**
 * A change in git to a file that notices repeat without dating it: the controller and the DPO of
 * registro.yaml, a party of soggetti.yaml, a term or a translation of vocabolario.yaml. None of
 * them has an `aggiornato` of its own that a notice could take as its date.
 */
export interface SharedChange {
  /** Author date, YYYY-MM-DD. */
  date: string;
  commit: string;
  /** The file, as the register names it ("registro.yaml"). */
  file: string;
  change: RecordChange;
}

/** One readable version of a root file, as a commit left it. */
export interface RootVersion {
  date: string;
  commit: string;
  file: string;
  records: RecordVersion[];
}

/** The readable versions of each root file (registro, soggetti, vocabolario), oldest first. */
export type SharedHistory = ReadonlyMap<FileKind, readonly RootVersion[]>;

/** Both spellings of the root files, as the layout reads either. */
const SHARED_PATHS = Object.keys(ROOT_FILES).flatMap((name) => [name, name.replace(/\.yaml$/, '.yml')]);

interface Written {
  date: string;
  commit: string;
  file: string;
  blob: string;
}

/**
 * The versions of the root files that the notices dated from `since` on can be compared with:
 * the last one on or before `since` (what the oldest notice shows) and every later one up to
 * `today`. A version that cannot be read is left out (a file broken and then mended changed
 * nothing), and so is the spelling of the name: registro.yml renamed registro.yaml is one file.
 */
export function sharedHistory(place: RepoPlace, today: string, since: string): SharedHistory {
  const writes = new Map<FileKind, Written[]>();
  for (const commit of registerLog(place.top, place.prefix, { under: SHARED_PATHS })) {
    const date = commit.date.slice(0, 10);
    if (date > today) continue;
    for (const f of commit.files) {
      const kind = ROOT_FILES[f.path.replace(/\.yml$/, '.yaml')];
      if (!kind || !f.after) continue;
      if (!writes.has(kind)) writes.set(kind, []);
      writes.get(kind)!.push({ date, commit: commit.commit, file: f.path, blob: f.after });
    }
  }
  const history = new Map<FileKind, RootVersion[]>();
  for (const [kind, written] of writes) {
    // Topological order, oldest first: a rebased commit may keep an older date, so the base is the last one dated by `since`.
    const base = written.findLastIndex((w) => w.date <= since);
    const versions = readVersions(place, kind, written.slice(Math.max(base, 0)));
    // The base itself unreadable: the readable one before it is what the notices show.
    if (base > 0 && versions[0]?.commit !== written[base]!.commit) {
      const earlier = readVersions(place, kind, written.slice(0, base)).at(-1);
      if (earlier) versions.unshift(earlier);
    }
    history.set(kind, versions);
  }
  return history;
}

function readVersions(place: RepoPlace, kind: FileKind, written: readonly Written[]): RootVersion[] {
  const blobs = readBlobs(place.top, written.map((w) => w.blob));
  return written.flatMap(({ date, commit, file, blob }) => {
    const data = dataOf(blobs.get(blob));
    return data ? [{ date, commit, file, records: recordsOfFile(kind, kind, data) }] : [];
  });
}

/** A shared change a notice has not followed, and the fields of it that oblige the notice (dotted keys). */
export interface NoticeBehind {
  shared: SharedChange;
  because: string[];
}

/**
 * For each service (by id) whose notice shows a root file as it was before a later change, the
 * latest such change. The file as it is now is compared with the file as it was on the notice's
 * date, so a change undone since obliges nothing; the date named is that of the last commit
 * that changed the record. What obliges a notice is read from effetti-modifiche.json, and which
 * notices show a party or a term from the register as it is now.
 */
export function servicesBehind(history: SharedHistory, register: Register, noticeDates: ReadonlyMap<string, string>): Map<string, NoticeBehind> {
  const behind = new Map<string, NoticeBehind>();
  for (const versions of history.values()) {
    const lastChanged = lastChangeOfEachRecord(versions);
    const current = versions.at(-1);
    // One comparison for each version a notice shows: notices share their dates.
    const compared = new Map<RootVersion, RecordChange[]>();
    // And one reading of the effects for each change, whichever services it reaches.
    const noticeEffect = memo((change: RecordChange) => effectsOf(change, undefined, register).find((e) => e.id === NOTICE_EFFECT));
    for (const [service, date] of noticeDates) {
      // Before the file's first version (an imported register committed late), the first version counts.
      const shown = versions.findLast((v) => v.date <= date) ?? versions[0];
      if (!shown || !current || shown === current) continue;
      if (!compared.has(shown)) compared.set(shown, compareRecords(shown.records, current.records));
      for (const change of compared.get(shown)!) {
        const step = lastChanged.get(recordKey(change));
        if (!step || step.date <= date || (behind.get(service)?.shared.date ?? '') >= step.date) continue;
        const notice = noticeEffect(change);
        if (notice?.services.some((s) => s.id === service)) behind.set(service, { shared: { date: step.date, commit: step.commit, file: step.file, change }, because: notice.because });
      }
    }
  }
  return behind;
}

const recordKey = (change: Pick<RecordChange, 'kind' | 'id'>) => `${change.kind}\0${change.id}`;

/** The last version that changed each record (by kind and id) from the version before it. */
function lastChangeOfEachRecord(versions: readonly RootVersion[]): Map<string, RootVersion> {
  const last = new Map<string, RootVersion>();
  for (let i = 1; i < versions.length; i++) {
    for (const change of compareRecords(versions[i - 1]!.records, versions[i]!.records)) {
      last.set(recordKey(change), versions[i]!);
      if (change.oldId) last.set(recordKey({ kind: change.kind, id: change.oldId }), versions[i]!);
    }
  }
  return last;
}

function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}
