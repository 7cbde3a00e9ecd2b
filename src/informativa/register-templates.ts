import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Register } from '../register/model.js';
import { UsageError } from '../util/errors.js';
import { isInside } from '../util/paths.js';

/**
 * The folder of the register's own templates (opzioni.informativa.modelli), or undefined for
 * the built-in ones. It must lie inside the register, links resolved: a register taken from
 * someone else must not make informativa read CSS, partials or logos from anywhere on the disk.
 * (`--template` on the command line is the user's own choice and is not held to this.)
 */
export function registerTemplateDir(register: Register): string | undefined {
  const own = register.registro?.data.opzioni?.informativa?.modelli;
  if (own === undefined || own === '') return undefined;
  if (isAbsolute(own) || /^[a-zA-Z]:|^[\\/]/.test(own)) throw new UsageError('usage.templatesOutsideRegister', { path: own });
  const dir = join(register.root, own);
  // A missing folder is reported by the template loader; a link is judged by where it leads.
  const real = existsSync(dir) ? realpathSync(dir) : dir;
  if (!isInside(real, realpathSync(register.root))) throw new UsageError('usage.templatesOutsideRegister', { path: own });
  return dir;
}
