// Worker thread: loads and schema-checks the records it claims of a large register and, when
// asked, runs the record rules on them (see load-files.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, checkShare, type CheckedFile, type CheckedFileMessage, type WorkerJob, type WorkerResult } from './load-files.js';

const job = workerData as WorkerJob;
const share = checkShare(job.records, job.queue, job.shared.map(checkFile), job.rules);
const message = ({ file, diagnostics }: CheckedFile): CheckedFileMessage => ({
  ref: { kind: file.kind, path: file.path, displayPath: file.displayPath, id: file.id },
  text: file.text,
  data: file.data,
  diagnostics,
  spans: file.spans,
});
const result: WorkerResult = { files: share.checked.map(message), ruleDiagnostics: share.ruleDiagnostics };
parentPort?.postMessage(result);
