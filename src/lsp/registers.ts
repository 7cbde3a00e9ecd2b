import { isInside } from '../util/paths.js';
import { registerRootOfFile } from './paths.js';
import { RegisterState } from './register-state.js';

/** The registers the server holds, by root folder: each read once, on first use. */
export class Registers {
  private readonly states = new Map<string, Promise<RegisterState>>();

  constructor(private readonly cwd: string) {}

  /** The register at `root`, read now if it is not held yet. */
  of(root: string): Promise<RegisterState> {
    let state = this.states.get(root);
    if (!state) {
      const fresh = new RegisterState(root, this.cwd);
      state = fresh.load().then(() => fresh);
      this.states.set(root, state);
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

  /** Every held register. */
  all(): Promise<RegisterState[]> {
    return this.loaded([...this.states.keys()]);
  }

  private loaded(roots: readonly string[]): Promise<RegisterState[]> {
    return Promise.all(roots.map((root) => this.states.get(root)!));
  }
}
