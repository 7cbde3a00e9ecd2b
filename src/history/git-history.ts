import { repoPlace } from './git.js';
import { historyKey, lastChanges, type LastChange } from './last-changes.js';
import { sharedHistory, type SharedHistory } from './shared-changes.js';

/** What `validate` reads of a register's git history for the rules that date the notices. */
export interface GitHistory {
  /** The last change of each activity and service, by historyKey. */
  records: ReadonlyMap<string, LastChange>;
  /** The versions of registro.yaml, soggetti.yaml and vocabolario.yaml since the oldest notice. */
  shared: SharedHistory;
}

/**
 * The history for the records' own dates (`updated`, by historyKey: activities' `aggiornato`,
 * services' notice dates); undefined outside git. The root files are read back only as far as
 * the oldest notice: older changes are in every notice already.
 */
export function gitHistory(root: string, today: string, updated: ReadonlyMap<string, string>): GitHistory | undefined {
  const place = repoPlace(root);
  if (!place) return undefined;
  const servicePrefix = historyKey('servizi', '');
  const noticeDates = [...updated].filter(([key]) => key.startsWith(servicePrefix)).map(([, date]) => date).sort();
  const oldest = noticeDates[0];
  return { records: lastChanges(place, today, updated), shared: oldest === undefined ? new Map() : sharedHistory(place, today, oldest) };
}
