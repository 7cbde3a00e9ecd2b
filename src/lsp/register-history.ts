import { gitHistory, type GitHistory } from '../history/git-history.js';
import type { Register } from '../register/model.js';
import { ownDates } from '../validate/validate-register.js';
import { gitHead } from './git-head.js';

type History = GitHistory | undefined;

/**
 * The register's git history as `validate` reads it (changed-after-update, notice-stale), kept
 * between edits: a log and a few blobs cost too much for every keystroke, and typing changes no
 * commit. It depends on the day (later commits do not count) and on each record's `aggiornato`
 * (what a notice must follow), so it is read again when either changes, and when HEAD moves.
 */
export class RegisterHistory {
  private value: History;
  /** The day and the records' own dates the value was read for; undefined: read again. */
  private key: string | undefined;
  /** HEAD when the value was read. */
  private head: string | undefined;
  /** Until a read finds no repository: outside git, no git process is started for HEAD. */
  private inGit = true;

  constructor(private readonly root: string) {}

  /**
   * Reads git again (after a save, a change on disk, a new HEAD); whether anything changed. The
   * same history keeps its identity, so that the rules need not all run again for nothing.
   */
  reread(register: Register | undefined, today: string): boolean {
    const before = this.value;
    this.key = undefined;
    // Before the first diagnosis there is nothing to compare: it reads git itself.
    if (!register) return true;
    return this.get(register, today) !== before;
  }

  /** The history for the register as it is now (undefined outside git). */
  get(register: Register, today: string): History {
    const dates = ownDates(register);
    const key = `${today} ${JSON.stringify([...dates])}`;
    if (key !== this.key) {
      // HEAD before the log: a commit landing in between is seen at the next look at HEAD.
      this.head = this.inGit ? gitHead(this.root) : undefined;
      const now = gitHistory(this.root, today, dates);
      this.inGit = now !== undefined;
      this.value = sameHistory(this.value, now) ? this.value : now;
      this.key = key;
    }
    return this.value;
  }

  /** Whether HEAD is no longer the commit the history was read at (a commit made in a terminal). */
  headMoved(): boolean {
    return this.inGit && this.key !== undefined && gitHead(this.root) !== this.head;
  }
}

function sameHistory(a: History, b: History): boolean {
  return a === b || (a !== undefined && b !== undefined && JSON.stringify([...a.records]) === JSON.stringify([...b.records]) && JSON.stringify(a.shared) === JSON.stringify(b.shared));
}
