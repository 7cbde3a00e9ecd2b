import { readdirSync, readFileSync } from 'node:fs';

/** How long an interrupted registro waits for a killed child before removing its files anyway. */
const WAIT_MS = 2000;
const STEP_MS = 10;

/**
 * Kills a child's whole process group at once (a browser or LibreOffice runs as the leader of
 * its own, with helpers that write beside it) and waits, synchronously (a signal handler has no
 * later), until none of them runs: only then are their folders removed, or a last write would
 * recreate them. A killed process stays a zombie until reaped, which counts as ended.
 */
export function killGroupAndWait(leader: number | undefined): void {
  if (leader === undefined) return;
  try {
    process.kill(-leader, 'SIGKILL');
  } catch {
    return; // Already gone.
  }
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < WAIT_MS && processes().some((p) => p.group === leader && p.alive); waited += STEP_MS) Atomics.wait(sleeper, 0, 0, STEP_MS);
}

/**
 * The children of registro whose command line names `mark` (a browser by its profile folder),
 * for a signal that arrives while one is starting and its handle is not known yet.
 */
export function childrenNaming(mark: string): number[] {
  return processes()
    .filter((p) => p.parent === process.pid && commandLine(p.pid).includes(mark))
    .map((p) => p.pid);
}

interface ProcessState {
  pid: number;
  parent: number;
  group: number;
  alive: boolean;
}

/**
 * The processes as Linux lists them in /proc. Elsewhere none are listed, and nothing is waited
 * for: the children still end with registro, as they read their commands from its pipes.
 */
function processes(): ProcessState[] {
  let names: string[];
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // After the command name in parentheses: state, parent, process group.
      const [state, parent, group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return [{ pid: Number(name), parent: Number(parent), group: Number(group), alive: !/^[ZX]/.test(state ?? '') }];
    } catch {
      return []; // Ended meanwhile.
    }
  });
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}
