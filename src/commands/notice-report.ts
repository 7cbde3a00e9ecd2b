import type { Lang } from '../i18n/lang.js';
import { message } from '../i18n/localize.js';
import type { PublishedNotices } from '../informativa/publish.js';
import type { NoticeJob } from '../informativa/render-notices.js';
import { displayPath } from '../util/paths.js';
import type { pruneStale } from '../util/manifest.js';
import { printDiagnostics } from './load-for-output.js';

/** The services left out, each with the errors that stopped it, and those written as drafts. */
export function reportRefusals(published: Pick<PublishedNotices, 'refused' | 'drafts'>, root: string, lang: Lang): void {
  for (const r of published.refused) printDiagnostics(r.blockers, [...new Set(r.blockers.map((d) => d.file))], root, lang);
  for (const r of published.refused) process.stderr.write(`registro: ${message(lang, 'status.noticeBlocked', { service: r.id, errors: r.errors })}\n`);
  for (const d of published.drafts) process.stderr.write(`registro: ${message(lang, 'status.draftNotice', { service: d.id, errors: d.errors })}\n`);
}

/** One line per notice with its files and readability; false if a notice was refused or offers the wrong rights. */
export function reportNotices(published: Pick<PublishedNotices, 'results' | 'refused'>, lang: Lang): boolean {
  let ok = published.refused.length === 0;
  for (const r of published.results) {
    if (r.placeholder) {
      ok = false;
      process.stderr.write(`registro: ${message(lang, 'status.noticePlaceholder', { service: r.id, value: r.placeholder })}\n`);
      continue;
    }
    const files = r.files.map((f) => displayPath(f)).join(', ');
    process.stdout.write(`${r.id}: ${files} (${r.readability.name} ${r.readability.value})\n`);
    if (r.rights.missing.length || r.rights.extra.length) {
      ok = false;
      process.stderr.write(`registro: ${message(lang, 'rule.noticeRights', { service: r.id, missing: r.rights.missing.join(','), extra: r.rights.extra.join(',') })}\n`);
    }
  }
  return ok;
}

/** A progress line on a terminal only: CI logs stay quiet. */
export function terminalProgress(): NoticeJob['progress'] {
  if (process.stderr.isTTY !== true) return undefined;
  return (done, total, id) => process.stderr.write(`\r\x1b[K${done}/${total} ${id}${done === total ? '\n' : ''}`);
}

/** What the pruning of an output folder did (util/manifest.ts): each file removed, and each kept with the reason. */
export function reportPruned(pruned: ReturnType<typeof pruneStale>, lang: Lang): void {
  for (const path of pruned.removed) process.stderr.write(`registro: ${message(lang, 'status.removedStale', { path: displayPath(path) })}\n`);
  for (const path of pruned.changed) process.stderr.write(`registro: ${message(lang, 'status.keptChanged', { path: displayPath(path) })}\n`);
  for (const path of pruned.outside) process.stderr.write(`registro: ${message(lang, 'status.keptOutside', { path: displayPath(path) })}\n`);
}
