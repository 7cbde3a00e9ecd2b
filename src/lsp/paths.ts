import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerRootOf } from '../register/discover.js';
import { isRegisterDir } from '../register/layout.js';

/**
 * The local path of a document, or undefined: other schemes (untitled:), a host
 * (file://server/share) or bad percent-encoding are no register file, and not a fault either.
 */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * The register folder a file belongs to, found as `validate` finds it (register/discover.ts):
 * trattamenti/registro.yaml is a record, not the register's registro.yaml. A folder with
 * trattamenti/ but no registro.yaml yet counts too, as for `validate .`: it is told what is missing.
 */
export function registerRootOfFile(path: string): string | undefined {
  return registerRootOf(dirname(path), isRegisterDir);
}
