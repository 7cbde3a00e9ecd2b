import { createHash } from 'node:crypto';
import Handlebars from 'handlebars';

/** How the notices' templates are compiled: strict (a missing field is an error), without @data. */
export const NOTICE_COMPILE_OPTIONS = Object.freeze({ strict: true, data: false, knownHelpers: Object.freeze({ eq: true, frase: true, righe: true }) });
/** How the site's templates are compiled: strict as well. */
export const SITE_COMPILE_OPTIONS = Object.freeze({ strict: true, knownHelpers: Object.freeze({ eq: true, frase: true, righe: true }) });

export type CompileOptions = typeof NOTICE_COMPILE_OPTIONS | typeof SITE_COMPILE_OPTIONS;

/** A copy for Handlebars, which writes into the options it is given (knownHelpers, data). */
export function optionsCopy(options: CompileOptions): CompileOptions & { knownHelpers: Record<string, boolean> } {
  return { ...options, knownHelpers: { ...options.knownHelpers } };
}

/**
 * The key of a compiled template: its source, its options and the Handlebars that compiles it,
 * hashed. `npm run build` precompiles the built-in templates under this key (scripts/build.mjs),
 * so a template is taken precompiled only when its text is exactly the one that was compiled, by
 * the Handlebars installed now.
 */
export function templateKey(source: string, options: CompileOptions): string {
  return createHash('sha256').update(Handlebars.VERSION).update('\0').update(JSON.stringify(options)).update('\0').update(source).digest('hex');
}
