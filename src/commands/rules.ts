import type { Lang } from '../i18n/lang.js';
import { ALL_CHECKS } from '../rules/index.js';
import { referenceIn } from '../i18n/reference-en.js';

/** `registro rules`: every check with its id, default severity, legal reference and docs page. */
export function runRules(options: { lang: Lang; json: boolean }): number {
  const rows = ALL_CHECKS.map((c) => ({
    id: c.id,
    severity: c.severity,
    reference: referenceIn(c.reference, options.lang),
    title: c.title[options.lang],
    docs: `docs/rules/${c.id}.md`,
  }));
  if (options.json) {
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.id.length));
  for (const r of rows) {
    const severity = options.lang === 'it' ? (r.severity === 'error' ? 'errore' : 'avviso') : r.severity;
    process.stdout.write(`${r.id.padEnd(width)}  ${severity.padEnd(7)}  ${r.title}${r.reference ? ` (${r.reference})` : ''}\n`);
  }
  return 0;
}
