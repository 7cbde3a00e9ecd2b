import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/types.js';
import { loadSourceFile, type FileRef, type SourceFile } from '../register/source-file.js';
import { PositionIndex } from '../register/positions.js';
import { entrySource } from '../register/entry-source.js';
import type { NodeSpans } from '../register/node-spans.js';
import { checkSchema } from '../schema/check-file.js';

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

export function checkFile(ref: FileRef): CheckedFile {
  const file = loadSourceFile(ref);
  const diagnostics = file.diagnostics.length > 0 ? file.diagnostics : checkSchema(file);
  file.release?.();
  return { file, diagnostics };
}

/**
 * Loads and schema-checks every file. Large registers are split between this thread and worker
 * threads (REGISTRO_THREADS sets how many threads in all; 1 keeps everything here).
 */
export async function checkFiles(refs: readonly FileRef[]): Promise<CheckedFile[]> {
  const threads = Math.max(1, Math.min(Number(process.env.REGISTRO_THREADS) || availableParallelism(), 8));
  if (threads === 1 || refs.length < PARALLEL_MIN_FILES) return refs.map(checkFile);

  const chunkSize = Math.ceil(refs.length / threads);
  const chunks = Array.from({ length: threads }, (_, i) => refs.slice(i * chunkSize, (i + 1) * chunkSize));
  const [own = [], ...others] = chunks;
  // Start the workers first, then do this thread's share while they run.
  const pending = others.filter((c) => c.length > 0).map(runWorker);
  const mine = own.map(checkFile);
  const theirs = (await Promise.all(pending)).flat().map(fromMessage);
  return [...mine, ...theirs];
}

function runWorker(refs: FileRef[]): Promise<CheckedFileMessage[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.js', import.meta.url), { workerData: refs });
    worker.once('message', (result: CheckedFileMessage[]) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`worker exited with code ${code}`));
    });
  });
}

/** Rebuilds a file from a worker's message; its positions come from the spans sent with it. */
function fromMessage(message: CheckedFileMessage): CheckedFile {
  const { ref, text, data, diagnostics, spans } = message;
  const positions = new PositionIndex(entrySource(text, data, spans, () => undefined), text);
  return { file: { ...ref, text, data, positions, diagnostics, spans }, diagnostics };
}
