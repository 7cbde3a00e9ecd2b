// Worker thread: loads and schema-checks a share of a large register's files (see load-files.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { FileRef } from '../register/source-file.js';
import { checkFile, type CheckedFileMessage } from './load-files.js';

const results: CheckedFileMessage[] = (workerData as FileRef[]).map((ref) => {
  const { file, diagnostics } = checkFile(ref);
  return { ref: { kind: file.kind, path: file.path, displayPath: file.displayPath, id: file.id }, text: file.text, data: file.data, diagnostics, spans: file.spans };
});
parentPort?.postMessage(results);
