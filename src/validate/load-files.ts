import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/types.js';
import { loadSourceFile, type FileRef, type SourceFile } from '../register/source-file.js';
import { PositionIndex } from '../register/positions.js';
import { entrySource } from '../register/entry-source.js';
import type { NodeSpans } from '../register/node-spans.js';
import { checkSchema } from '../schema/check-file.js';
import { lostLetters } from '../register/lost-letters.js';
import { recordRulesOf } from './record-rules.js';

/** A file read, parsed and checked against its schema, with what those steps found. */
export interface CheckedFile {
  file: SourceFile;
  diagnostics: Diagnostic[];
}

/** What a worker sends back for one file: plain data, no parser objects. */
export interface CheckedFileMessage {
  ref: FileRef;
  text: string;
  data: unknown;
  diagnostics: Diagnostic[];
  spans?: NodeSpans;
}

/** Below this many files a worker costs as much to start (and warm up) as it saves (bench/). */
const PARALLEL_MIN_FILES = 1500;

/**
 * Cores one thread keeps busy: its own, and half of another for V8's compiler and garbage
 * collector, which run beside it (measured on 10,000 records: the thread's CPU time is twice
 * that of V8's background threads). So on two cores a second thread takes the core those
 * threads were using: it slowed 5,000 and 10,000 records by 9-23%, and changed 20,000 and
 * 40,000 by -7% to +5%.
 */
const CORES_PER_THREAD = 1.5;

/** How many threads validate uses: REGISTRO_THREADS, or as many as the cores can keep busy (at most 8). */
export function threadCount(cores = availableParallelism()): number {
  const asked = Number(process.env.REGISTRO_THREADS);
  return Math.max(1, Math.min(asked > 0 ? Math.floor(asked) : Math.floor(cores / CORES_PER_THREAD), 8));
}

export function checkFile(ref: FileRef): CheckedFile {
  return checkSource(loadSourceFile(ref));
}

/**
 * A file read and parsed (from disk or an editor's text), checked against its schema. An error
 * of the reading (encoding, syntax) leaves no data worth checking; a warning (a dash folded into
 * the text above) does, and the schema must still say that `larga_scala: SI` is not true or false.
 */
export function checkSource(file: SourceFile): CheckedFile {
  const unreadable = file.diagnostics.some((d) => d.severity === 'error');
  // Both read the parsed tree (positions), which is released after them.
  const diagnostics = [...file.diagnostics, ...(unreadable ? [] : checkSchema(file)), ...lostLetters(file)];
  file.release?.();
  return { file, diagnostics };
}

/** What the workers may also do: run the record rules (rules/scope.ts) on their own records. */
export interface RecordRulesJob {
  root: string;
  today: string;
}

export interface CheckedRegisterFiles {
  checked: CheckedFile[];
  /** Findings of the record rules in the records the workers checked (paths in `rulesDone`). */
  ruleDiagnostics: Diagnostic[];
  rulesDone: Set<string>;
}

/**
 * What a worker is given: every record, the queue from which it claims its share of them, and
 * the files every rule may read besides them.
 */
export interface WorkerJob {
  records: FileRef[];
  queue: SharedArrayBuffer;
  shared: FileRef[];
  rules?: RecordRulesJob;
}

export interface WorkerResult {
  files: CheckedFileMessage[];
  ruleDiagnostics: Diagnostic[];
}

/** The checked records of one thread, with the findings of the record rules in them. */
export interface ThreadShare {
  checked: CheckedFile[];
  ruleDiagnostics: Diagnostic[];
}

/**
 * Loads and schema-checks every file. Given a job, the record rules (the bulk of the rules'
 * work) run batch by batch as the records are read: a batch's derived facts are dropped before
 * the next is read, where rules over the whole register keep every record's facts alive at once
 * (less than half the time of the record rules, measured warm; see the commit that made it so).
 * Large registers are shared between this thread and worker threads when the machine has the
 * cores for them (threadCount; REGISTRO_THREADS sets how many threads in all, and 1 keeps
 * everything here). Threads claim records in batches from one shared counter, so a worker that
 * starts late (it loads its own modules first) or runs slower simply takes fewer.
 */
export async function checkFiles(refs: readonly FileRef[], rules?: RecordRulesJob): Promise<CheckedRegisterFiles> {
  const none = { ruleDiagnostics: [], rulesDone: new Set<string>() };
  const threads = refs.length < PARALLEL_MIN_FILES ? 1 : threadCount();
  if (!rules && threads === 1) return { checked: refs.map(checkFile), ...none };

  // Records are shared out; the other files (registro, soggetti, services) stay here, and the
  // workers read the few they need for the rules again.
  const records = refs.filter((r) => r.kind === 'trattamento' || r.kind === 'attivita-responsabile');
  const shared = refs.filter((r) => r.kind !== 'trattamento' && r.kind !== 'attivita-responsabile');
  const queue = new SharedArrayBuffer(4);
  // Start the workers first, then take this thread's share while they run.
  const job: WorkerJob = { records, queue, shared: rules ? shared.filter((r) => r.kind !== 'servizio') : [], rules };
  const pending = Array.from({ length: threads - 1 }, () => runWorker(job));
  const sharedChecked = shared.map(checkFile);
  const own = checkShare(records, queue, sharedChecked.filter((c) => c.file.kind !== 'servizio'), rules);
  const results = await Promise.all(pending);
  const theirs = results.flatMap((r) => r.files).map(fromMessage);
  const order = new Map(refs.map((r, i) => [r.path, i]));
  const checked = [...sharedChecked, ...own.checked, ...theirs].sort((a, b) => order.get(a.file.path)! - order.get(b.file.path)!);
  if (!rules) return { checked, ...none };
  return { checked, ruleDiagnostics: [...own.ruleDiagnostics, ...results.flatMap((r) => r.ruleDiagnostics)], rulesDone: new Set(records.map((r) => r.path)) };
}

/** Records claimed at a time: small enough to even out the threads' ends, large enough to cost nothing to claim. */
export const BATCH = 100;

/** This thread's share of the records: batches claimed until none is left, checked, and their record rules run. */
export function checkShare(records: readonly FileRef[], queue: SharedArrayBuffer, shared: readonly CheckedFile[], rules: RecordRulesJob | undefined): ThreadShare {
  const next = new Int32Array(queue);
  const share: ThreadShare = { checked: [], ruleDiagnostics: [] };
  for (let start = Atomics.add(next, 0, BATCH); start < records.length; start = Atomics.add(next, 0, BATCH)) {
    const batch = records.slice(start, start + BATCH).map(checkFile);
    share.checked.push(...batch);
    if (rules) share.ruleDiagnostics.push(...recordRulesOf(batch, shared, rules));
  }
  return share;
}

function runWorker(job: WorkerJob): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.js', import.meta.url), { workerData: job });
    worker.once('message', (result: WorkerResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`worker exited with code ${code}`));
    });
  });
}

/** Rebuilds a file from a worker's message (or a cache entry); its positions come from the spans sent with it. */
export function fromMessage(message: CheckedFileMessage): CheckedFile {
  const { ref, text, data, diagnostics, spans } = message;
  const positions = new PositionIndex(entrySource(text, data, spans, () => undefined), text);
  return { file: { ...ref, text, data, positions, diagnostics, spans }, diagnostics };
}
