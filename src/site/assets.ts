import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.js';
import { sitePath } from './urls.js';

/** The Bootstrap Italia files the pages use, copied from the installed package: the site asks no other host for anything. */
const FONTS = ['regular', 'italic', '600', '700'].map((w) => `titillium-web-v10-latin-ext_latin-${w}.woff2`);

function bootstrapItalia(): string {
  return dirname(createRequire(import.meta.url).resolve('bootstrap-italia/package.json'));
}

/**
 * Writes the stylesheets and fonts under assets/, and the logo when there is one. Returns the
 * site paths written, for the report.
 */
export function writeAssets(out: string, css: { site: string; fonts: string; theme: string }, logo: { data: Buffer; name: string } | null): string[] {
  const kit = join(bootstrapItalia(), 'dist');
  const files: Array<[string, string | Buffer]> = [
    [sitePath.asset('bootstrap-italia.min.css'), stripSourceMap(readFileSync(join(kit, 'css/bootstrap-italia.min.css'), 'utf8'))],
    [sitePath.asset('fonts.css'), css.fonts],
    [sitePath.asset('sito.css'), css.site],
    [sitePath.asset('tema.css'), css.theme],
    [sitePath.asset('fonts/OFL.txt'), readFileSync(join(kit, 'fonts/Titillium_Web/OFL.txt'))],
    ...FONTS.map((f): [string, Buffer] => [sitePath.asset(`fonts/${f}`), readFileSync(join(kit, 'fonts/Titillium_Web', f))]),
  ];
  if (logo) files.push([sitePath.asset(logo.name), logo.data]);
  for (const [path, data] of files) writeFileAtomic(join(out, path), data);
  return files.map(([path]) => path);
}

/** The map is not shipped: a browser's developer tools would ask for it, a request the site does not answer. */
function stripSourceMap(css: string): string {
  return css.replace(/\/\*# sourceMappingURL=[^*]*\*\/\s*$/, '');
}
