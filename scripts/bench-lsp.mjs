// Drives `registro lsp` over stdio as an editor does, on a synthetic register: opens one record,
// edits it n times, and times each edit until its diagnostics arrive. Prints one JSON line:
// { medianMs, p95Ms, maxRssMB, edits }.   node scripts/bench-lsp.mjs DIR [edits]
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2];
const edits = Number(process.argv[3] ?? 40);
const server = spawn(process.execPath, [...(process.env.LSP_NODE_ARGS ?? '').split(' ').filter(Boolean), join(root, 'bin/registro.js'), 'lsp'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
let waiting;
connection.onNotification('textDocument/publishDiagnostics', (p) => {
  if (waiting && p.uri === waiting.uri) waiting.resolve();
});
connection.listen();
const published = (uri) => new Promise((resolve) => (waiting = { uri, resolve }));

await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
await connection.sendNotification('initialized', {});
const name = readdirSync(join(dir, 'trattamenti')).sort()[0];
const uri = pathToFileURL(join(dir, 'trattamenti', name)).href;
const text = readFileSync(join(dir, 'trattamenti', name), 'utf8');
let done = published(uri);
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
await done; // the first open loads the whole register: not an edit

const times = [];
for (let i = 0; i < edits; i++) {
  // Alternately a typo in a term and its correction: the diagnostics change every time.
  const next = i % 2 === 0 ? text.replace('raccolta: presso-interessato', 'raccolta: presso-interesato') : text;
  done = published(uri);
  const t = process.hrtime.bigint();
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: next }] });
  await done;
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
const maxRssMB = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
server.stdin.end();
await new Promise((resolve) => server.once('exit', resolve));
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
console.log(JSON.stringify({ medianMs: at(0.5), p95Ms: at(0.95), maxRssMB, edits }));
