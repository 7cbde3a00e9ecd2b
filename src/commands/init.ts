import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { UsageError } from '../util/errors.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { TEMPLATES_DIR } from '../util/package-files.js';
import { displayPath } from '../util/paths.js';
import { today } from '../util/today.js';
import { writeSchemas } from './schema.js';
import { commentsIn } from '../i18n/init-comments.js';

/** Where a new register keeps its copy of the schemas, for editors that work offline. */
export const LOCAL_SCHEMAS = '.registro/schemi';

const vscodeSettings = {
  'yaml.schemas': {
    [`./${LOCAL_SCHEMAS}/registro.schema.json`]: 'registro.yaml',
    [`./${LOCAL_SCHEMAS}/soggetti.schema.json`]: 'soggetti.yaml',
    [`./${LOCAL_SCHEMAS}/vocabolario.schema.json`]: 'vocabolario.yaml',
    [`./${LOCAL_SCHEMAS}/trattamento.schema.json`]: 'trattamenti/*.yaml',
    [`./${LOCAL_SCHEMAS}/servizio.schema.json`]: 'servizi/*.yaml',
    [`./${LOCAL_SCHEMAS}/attivita-responsabile.schema.json`]: 'attivita-responsabile/*.yaml',
  },
  'yaml.validate': true,
  'yaml.completion': true,
  'yaml.hover': true,
  'files.encoding': 'utf8',
};
const vscodeExtensions = { recommendations: ['redhat.vscode-yaml'] };

/** `registro init [dir]`: a valid register to start from, wired for completion in VS Code. */
export function runInit(dir: string, options: { force: boolean; lang: Lang }): number {
  const target = resolve(dir);
  const source = join(TEMPLATES_DIR, 'init');
  const date = today();
  const files = new Map<string, string>();
  for (const rel of listFiles(source)) {
    const text = readFileSync(join(source, rel), 'utf8').replace(/__OGGI__/g, date).replace(/__ANNO__/g, date.slice(0, 4));
    files.set(rel, commentsIn(text, options.lang));
  }
  files.set('.vscode/settings.json', JSON.stringify(vscodeSettings, null, 2) + '\n');
  files.set('.vscode/extensions.json', JSON.stringify(vscodeExtensions, null, 2) + '\n');

  if (!options.force) {
    for (const rel of files.keys()) {
      const path = join(target, rel);
      if (existsSync(path)) throw new UsageError('usage.exists', { path: displayPath(path) });
    }
  }
  for (const [rel, text] of files) writeFileAtomic(join(target, rel), text);
  writeSchemas(join(target, LOCAL_SCHEMAS));

  const shown = displayPath(target);
  const lines =
    options.lang === 'it'
      ? [`Registro creato in ${shown}:`, ...[...files.keys()].filter((f) => !f.startsWith('.')).map((f) => `  ${f}`), `  ${LOCAL_SCHEMAS}/ (schemi per il completamento in VS Code)`, '', 'Sostituisci i valori "DA COMPLETARE" con i dati veri: registro validate li elenca, con file, riga e colonna.', `Ora: registro validate ${shown}`]
      : [`Register created in ${shown}:`, ...[...files.keys()].filter((f) => !f.startsWith('.')).map((f) => `  ${f}`), `  ${LOCAL_SCHEMAS}/ (schemas for completion in VS Code)`, '', 'Replace the "DA COMPLETARE" values with the real ones: registro validate lists them, with file, line and column.', `Next: registro validate ${shown}`];
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path, base) : [relative(base, path).split('\\').join('/')];
  });
}
