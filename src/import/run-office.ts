import { spawn } from 'node:child_process';
import { untilDone } from '../util/interrupt.js';
import { killGroupAndWait } from '../util/kill-and-wait.js';

/** How a conversion ended when it did not succeed, as `conversionError` reads it. */
export type OfficeFailure = Error & { code?: string; signal?: string | null; status?: number | null };

/**
 * Runs soffice and waits for it. soffice is a script whose oosplash starts soffice.bin as a
 * child: killing soffice alone (as a timeout of execFileSync does) leaves soffice.bin converting,
 * for ever on a hostile file, and writing into a folder already removed. So it runs in a process
 * group of its own, killed whole on the timeout, when registro is interrupted, and at its end;
 * `onInterrupt` removes what the conversion wrote (the user's data, converted) before registro dies.
 */
export function runSoffice(args: readonly string[], options: { timeoutMs: number; tmp: string; onInterrupt: () => void }): Promise<void> {
  const { timeoutMs, tmp, onInterrupt } = options;
  return new Promise((resolve, reject) => {
    // Its own temporary files (lu*.tmp) in the conversion's folder, removed with it even after a kill.
    const child = spawn('soffice', args, { stdio: 'ignore', detached: true, env: { ...process.env, TMPDIR: tmp } });
    const killGroup = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is gone already.
      }
    };
    // Out of the terminal's process group, soffice no longer receives its Ctrl-C: registro's
    // handler (util/interrupt.ts) stops it, then removes what it wrote.
    const release = untilDone(() => {
      killGroupAndWait(child.pid);
      onInterrupt();
    });
    const cleanup = () => {
      clearTimeout(timer);
      release();
      process.removeListener('exit', killGroup);
    };
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    process.once('exit', killGroup);
    child.once('error', (error) => {
      cleanup();
      reject(error);
    });
    child.once('exit', (status, signal) => {
      killGroup();
      cleanup();
      if (status === 0) return resolve();
      const failure: OfficeFailure = new Error(`soffice ${timedOut ? 'timed out' : `exited with ${status ?? signal}`}`);
      if (timedOut) failure.code = 'ETIMEDOUT';
      failure.signal = signal;
      failure.status = status;
      reject(failure);
    });
  });
}
