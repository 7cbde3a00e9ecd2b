/**
 * What registro leaves behind when it is interrupted (Ctrl-C, a CI job's timeout, a closed
 * terminal): nothing. Whatever holds something to undo while the command runs (a temporary file
 * not yet renamed over its target, a browser and its profile, a LibreOffice converting) registers
 * it here; on SIGINT, SIGTERM or SIGHUP every cleanup runs, then registro ends by that same signal,
 * so the shell and CI see an interruption (exit 130, 143), never a success or an "internal error".
 */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const cleanups = new Set<() => void>();
let installed = false;

/**
 * Registers `cleanup` (synchronous: the process ends right after it) until the returned release
 * is called. The handlers stay installed once registered: a signal that arrives while a
 * synchronous write runs is dispatched after it, and a handler removed meanwhile would lose it.
 */
export function untilDone(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  if (!installed) {
    installed = true;
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
  return () => void cleanups.delete(cleanup);
}

function onSignal(signal: NodeJS.Signals): void {
  for (const cleanup of [...cleanups]) {
    try {
      cleanup();
    } catch {
      // One cleanup that fails (a file already gone) must not keep the others from running.
    }
  }
  cleanups.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // With no listener left the signal's default action applies: registro ends by it.
  process.kill(process.pid, signal);
}
