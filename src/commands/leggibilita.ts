import type { Lang } from '../i18n/lang.js';
import { message } from '../i18n/localize.js';
import { detectLang } from '../readability/detect-lang.js';
import type { IndexId } from '../readability/indices.js';
import { indexFacts } from '../readability/bands.js';
import { readTextFile } from '../readability/read-text-file.js';
import { formatJson, formatText, type FileScore } from '../readability/report.js';
import { score } from '../readability/score.js';
import { UsageError } from '../util/errors.js';

export interface LeggibilitaOptions {
  format: 'text' | 'json';
  lang: Lang;
  index?: IndexId;
  top: number;
  /** Exit 1 when a file scores below this. */
  minimum?: number;
}

/**
 * `registro leggibilita FILE...`: each file's readability with the index of its language.
 * A file that cannot be read is reported and the others are still scored; exit 2 then.
 */
export function runLeggibilita(files: string[], options: LeggibilitaOptions): number {
  const results: FileScore[] = [];
  let failed = false;
  // Files are named as the user wrote them, in the report and in the errors.
  for (const file of files) {
    try {
      const { kind, text } = readTextFile(file);
      const textLang = options.index ? indexFacts(options.index).lingua : detectLang(text);
      results.push({ file, kind, detected: !options.index, score: score(text, textLang, { index: options.index, bandLang: options.lang }) });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      failed = true;
      process.stderr.write(`registro: ${message(options.lang, error.messageId, { ...error.params, path: file })}\n`);
    }
  }
  process.stdout.write(options.format === 'json' ? formatJson(results, options.top) : formatText(results, options.lang, options.top));
  if (failed) return 2;
  const below = options.minimum !== undefined && results.some((r) => r.score.value < options.minimum!);
  return below ? 1 : 0;
}
