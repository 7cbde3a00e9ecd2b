// Worker thread: loads and schema-checks a share of a large register's records and, when asked,
// runs the record rules on them (see load-files.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckedFile, type CheckedFileMessage, type WorkerJob, type WorkerResult } from './load-files.js';
import { recordRulesOf } from './record-rules.js';

const job = workerData as WorkerJob;
const checked = job.refs.map(checkFile);
const message = ({ file, diagnostics }: CheckedFile): CheckedFileMessage => ({
  ref: { kind: file.kind, path: file.path, displayPath: file.displayPath, id: file.id },
  text: file.text,
  data: file.data,
  diagnostics,
  spans: file.spans,
});
const result: WorkerResult = {
  files: checked.map(message),
  ruleDiagnostics: job.rules ? recordRulesOf(checked, job.shared.map(checkFile), job.rules) : [],
};
parentPort?.postMessage(result);
