import type { LocalizedDiagnostic } from '../diagnostics/types.js';

/**
 * Values of a message that say where something else is ("la prima alla riga 12"): a line added
 * above moves them, not the finding. GitLab and GitHub code scanning match a finding between two
 * runs by its fingerprint, and took such a finding for fixed and a new one for found.
 */
const POSITION_PARAMS = new Set(['line', 'column']);

/** What identifies a finding across runs and edits: its file, rule, message and values, not where it is. */
export function findingIdentity(path: string, d: LocalizedDiagnostic): string {
  const params = Object.entries(d.params).filter(([name]) => !POSITION_PARAMS.has(name));
  return `${path}\0${d.ruleId}\0${d.messageId}\0${JSON.stringify(Object.fromEntries(params))}`;
}

/**
 * Each finding's identity, in the order given, with how many alike came before it in the list:
 * two findings alike in one file (the same placeholder in two entries) must not share a
 * fingerprint, or code scanning and GitLab merge them into one alert and the second is not shown.
 */
export function occurrences(found: ReadonlyArray<{ path: string; diagnostic: LocalizedDiagnostic }>): Array<{ identity: string; before: number }> {
  const seen = new Map<string, number>();
  return found.map(({ path, diagnostic }) => {
    const identity = findingIdentity(path, diagnostic);
    const before = seen.get(identity) ?? 0;
    seen.set(identity, before + 1);
    return { identity, before };
  });
}
