import { lastChanges, type LastChange } from '../history/last-changes.js';
import type { Register } from '../register/model.js';
import { ownDates } from '../validate/validate-register.js';

/**
 * The register's git history as `validate` reads it (changed-after-update, notice-stale), kept
 * between edits: a log and a few blobs cost too much for every keystroke, and typing changes no
 * commit. It is read again after a save or a change on disk, and when the day changes (commits
 * dated after today do not count).
 */
export class RegisterHistory {
  private value: ReadonlyMap<string, LastChange> | undefined;
  private readAt: string | undefined;

  constructor(private readonly root: string) {}

  /**
   * Reads git again (after a save, a change on disk); whether anything changed. The same
   * history keeps its identity, so that the rules need not all run again for nothing.
   */
  reread(register: Register | undefined, today: string): boolean {
    const before = this.value;
    this.readAt = undefined;
    // Before the first diagnosis there is nothing to compare: it reads git itself.
    if (!register) return true;
    const now = this.get(register, today);
    if (before && now && JSON.stringify([...before]) === JSON.stringify([...now])) {
      this.value = before;
      return false;
    }
    return before !== now;
  }

  /** The history for the register as it is now (undefined outside git). */
  get(register: Register, today: string): ReadonlyMap<string, LastChange> | undefined {
    if (this.readAt !== today) {
      this.value = lastChanges(this.root, today, ownDates(register));
      this.readAt = today;
    }
    return this.value;
  }
}
