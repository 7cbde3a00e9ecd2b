import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECORD_DIRS, type FileKind } from '../register/layout.js';
import { SCHEMAS_DIR } from '../util/package-files.js';

/**
 * The folder a record belongs in when it was saved in another: a trattamento copied into
 * servizi/ fails the schema of a service on nearly every key, and twenty "chiave non prevista"
 * hide the one thing to do, move the file. Said when every key of the record is a key of the
 * other folder's records, and most are unknown where it is or one of them is a key the other
 * folder requires (`trattamenti` of a service, `titolare` of a processor's activity).
 */
export function folderItFits(kind: FileKind, data: unknown): { dir: string; keys: string[] } | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const own = topKeys(kind);
  if (!own) return undefined;
  const keys = Object.keys(data);
  const foreign = keys.filter((k) => !own.properties.has(k));
  if (foreign.length === 0) return undefined;
  const fits = Object.entries(RECORD_DIRS).filter(([, other]) => other !== kind && keys.every((k) => topKeys(other)!.properties.has(k)));
  if (fits.length !== 1) return undefined;
  const [dir, other] = fits[0]!;
  const telling = foreign.filter((k) => topKeys(other)!.required.has(k));
  if (telling.length === 0 && foreign.length * 2 <= keys.length) return undefined;
  return { dir, keys: [...new Set([...telling, ...foreign])].slice(0, 3) };
}

interface TopKeys {
  properties: ReadonlySet<string>;
  required: ReadonlySet<string>;
}
const cache = new Map<FileKind, TopKeys>();

/** The top-level keys of a record kind's schema; undefined for the files at the register's top. */
function topKeys(kind: FileKind): TopKeys | undefined {
  if (!Object.values(RECORD_DIRS).includes(kind)) return undefined;
  let keys = cache.get(kind);
  if (!keys) {
    const schema = JSON.parse(readFileSync(join(SCHEMAS_DIR, `${kind}.schema.json`), 'utf8')) as { properties?: object; required?: string[] };
    cache.set(kind, (keys = { properties: new Set(Object.keys(schema.properties ?? {})), required: new Set(schema.required ?? []) }));
  }
  return keys;
}
