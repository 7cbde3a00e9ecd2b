import { isInside } from '../util/paths.js';
import { registerRootOfFile } from './paths.js';
import { RegisterState } from './register-state.js';

/** The registers the server holds, by root folder: each read once, on first use. */
export class Registers {
  private readonly states = new Map<string, Promise<RegisterState>>();

  constructor(private readonly cwd: string) {}

  /**
   * The register at `root`, read now if it is not held yet. A load that fails is forgotten (its
   * caller logs the fault): the register's next event reads it again instead of failing for good.
   */
  of(root: string): Promise<RegisterState> {
    let state = this.states.get(root);
    if (!state) {
      const fresh = new RegisterState(root, this.cwd);
      const loading = fresh.load().then(() => fresh);
      loading.catch(() => this.forget(root, loading));
      this.states.set(root, (state = loading));
    }
    return state;
  }

  /** The held register of a file, if any: a checkout elsewhere in the workspace loads nothing new. */
  async holding(path: string): Promise<RegisterState[]> {
    const root = registerRootOfFile(path);
    return root && this.states.has(root) ? [await this.states.get(root)!] : [];
  }

  /** The held registers that contain a path (a notice template is read by the rules of the register around it). */
  around(path: string): Promise<RegisterState[]> {
    return this.loaded([...this.states.keys()].filter((root) => isInside(path, root)));
  }

  /** Every held register that loaded. */
  all(): Promise<RegisterState[]> {
    return this.loaded([...this.states.keys()]);
  }

  /** The registers of those roots that loaded: one whose load failed stops none of the others, and is forgotten. */
  private async loaded(roots: readonly string[]): Promise<RegisterState[]> {
    const states = roots.map((root) => [root, this.states.get(root)!] as const);
    const results = await Promise.allSettled(states.map(([, state]) => state));
    const loaded: RegisterState[] = [];
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') loaded.push(result.value);
      else this.forget(...states[i]!);
    });
    return loaded;
  }

  /** Drops a failed load, unless a newer one has taken its place meanwhile. */
  private forget(root: string, state: Promise<RegisterState>): void {
    if (this.states.get(root) === state) this.states.delete(root);
  }
}
