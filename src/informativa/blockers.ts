import type { Diagnostic } from '../diagnostics/types.js';
import type { Doc, Register } from '../register/model.js';
import type { ServizioFile } from '../types/schema.js';
import { activitiesOf } from './model.js';

/**
 * The open errors in what a service's notice shows: the controller (registro.yaml), the service,
 * the activities it covers, the terms they use, and the parties they name. A notice built over
 * any of them would publish the error.
 */
export function noticeBlockers(register: Register, service: Doc<ServizioFile>, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const activities = activitiesOf(register, service.data);
  const files = new Set([service.file.displayPath, ...activities.map((a) => a.file.displayPath)]);
  for (const single of [register.registro?.file, register.vocabolario?.file]) if (single) files.add(single.displayPath);
  const named = new Set(activities.flatMap((a) => partiesNamedBy(a.data)));
  const rpd = register.registro?.data.rpd?.soggetto;
  if (rpd) named.add(rpd);
  const partyPointers = register.parties.filter((p) => named.has(p.id)).map((p) => p.pointer);
  const soggetti = register.soggetti?.file.displayPath ?? register.files.find((f) => f.kind === 'soggetti')?.displayPath;
  return diagnostics.filter((d) => {
    if (d.suppressed || d.severity !== 'error') return false;
    if (files.has(d.file)) return true;
    // soggetti.yaml: only the parties this notice names; an error without a pointer is in the file's shape.
    if (d.file !== soggetti) return false;
    return d.pointer === undefined || partyPointers.some((p) => d.pointer === p || d.pointer!.startsWith(`${p}/`));
  });
}

function partiesNamedBy(record: Doc<unknown>['data'] & { destinatari?: unknown; trasferimenti?: Array<{ destinatario?: string }> }): string[] {
  const recipients = Array.isArray(record.destinatari) ? (record.destinatari as Array<{ soggetto?: string }>) : [];
  return [...recipients.map((d) => d.soggetto), ...(record.trasferimenti ?? []).map((t) => t.destinatario)].filter((id): id is string => typeof id === 'string');
}
