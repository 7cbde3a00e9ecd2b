import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/model.js';
import { textInLanguage } from '../register/translations.js';
import { discoverRegisters } from '../register/discover.js';
import { eventView, storiaStylish } from '../history/format-storia.js';
import { hasCommits, repoPlace } from '../history/git.js';
import { message } from '../i18n/localize.js';
import { WORDS } from '../history/words.js';
import { activityTimelines } from '../history/timeline.js';
import { byKindAndId, nameOf, recordTimelines, recordTitle } from '../history/record-timelines.js';
import { registerOnDisk } from '../history/versions.js';
import { recordsOfFile } from '../history/records.js';
import type { RecordKind } from '../history/compare.js';
import { UsageError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { toolVersion } from '../util/version.js';

export interface StoriaOptions {
  format: 'stylish' | 'json';
  lang: Lang;
  cartella?: string;
}

/** `registro storia [attività]`: from git, when each activity was created and changed, by whom, and how. */
export async function runStoria(given: string | undefined, options: StoriaOptions): Promise<number> {
  const cwd = process.cwd();
  // `registro storia registri/comune`: a register's folder where an activity may be, as the other commands take it.
  const folder = options.cartella ?? (given !== undefined && existsSync(join(resolve(cwd, given), 'registro.yaml')) ? given : undefined);
  const id = folder !== undefined && folder === given ? undefined : given;
  const dir = folder ?? '.';
  const targets = discoverRegisters([dir], cwd);
  if (targets.length !== 1) throw new UsageError('usage.oneRegister', { path: dir, count: targets.length });
  const root = targets[0]!.root;
  const place = repoPlace(root);
  if (!place) throw new UsageError('history.needsGit', { path: displayPath(root, cwd), command: 'registro storia' });

  if (!hasCommits(place.top)) throw new UsageError('history.noCommitsYet', { path: displayPath(root, cwd), command: 'registro storia' });

  const timelines = activityTimelines(place);
  const others = recordTimelines(place);
  const register = await registerOnDisk(root, cwd);
  // An id names every record of that id: an activity, a service, a party, a term ("dati/x"), "registro".
  const othersShown = id === undefined ? others : others.filter((t) => t.id === id);
  if (id !== undefined && !timelines.has(id) && othersShown.length === 0) {
    const found = inRegister(register, id);
    if (!found) throw new UsageError('history.unknownActivity', { id });
    // In the register but in no commit yet (untracked, or only staged): an answer, not a mistake.
    const none = { id, name: found.name, events: [] };
    const json = { tool: { name: 'registro', version: toolVersion() }, lang: options.lang, activities: found.kind === 'trattamento' ? [none] : [], records: found.kind === 'trattamento' ? [] : [{ kind: found.kind, ...none }] };
    if (options.format === 'json') process.stdout.write(JSON.stringify(json, null, 2) + '\n');
    else process.stdout.write(`${WORDS[options.lang].notCommitted(id)}\n`);
    return 0;
  }
  const start = [...timelines.values(), ...others.map((t) => t.events)].flat().find((e) => e.boundary);
  if (start) process.stderr.write(`registro: ${message(options.lang, 'history.shallow', { commit: start.commit.slice(0, 7), date: start.date.slice(0, 10) })}\n`);
  const names = new Map(register.trattamenti.map((t) => [t.id, t.data.denominazione]));
  // Names as the register's translations give them in English; ids and values as written.
  const inLang = (name: string) => textInLanguage(register, name, options.lang);
  const ids = id === undefined ? [...timelines.keys()].sort() : timelines.has(id) ? [id] : [];
  const histories = ids.map((k) => {
    const events = timelines.get(k)!;
    const last = events.at(-1)!;
    const name = names.get(k) ?? String(last.after?.denominazione ?? last.before?.denominazione ?? '');
    return { id: k, name: inLang(name), events: events.map((e) => eventView(e, register, options.lang)) };
  });
  const records = othersShown.sort(byKindAndId).map((t) => {
    const name = inLang(nameOf(t));
    return { kind: t.kind, id: t.id, name, title: recordTitle(t, options.lang, name), events: t.events.map((e) => eventView(e, register, options.lang, t.kind)) };
  });
  if (options.format === 'json') {
    const json = { tool: { name: 'registro', version: toolVersion() }, lang: options.lang, activities: histories, records: records.map(({ title: _title, ...r }) => r) };
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else process.stdout.write(storiaStylish([...histories, ...records], options.lang));
  return 0;
}

/** The record of that id in the register on disk, if any (not committed yet, it has no history). */
function inRegister(register: Register, id: string): { kind: RecordKind; name: string } | undefined {
  const activity = register.trattamentoById.get(id);
  if (activity) return { kind: 'trattamento', name: activity.data.denominazione ?? '' };
  const service = register.servizi.find((s) => s.id === id);
  if (service) return { kind: 'servizio', name: service.data.denominazione ?? '' };
  const party = register.partyById.get(id);
  if (party) return { kind: 'soggetto', name: party.data?.denominazione ?? '' };
  const processed = register.attivitaResponsabile.find((a) => a.id === id);
  if (processed) return { kind: 'attivita-responsabile', name: processed.data.denominazione ?? '' };
  if (id === 'registro' && register.registro) return { kind: 'registro', name: '' };
  // A term of the register's own vocabulary, by the id the history gives it ("dati/allergie").
  const term = recordsOfFile('vocabolario', 'vocabolario', register.vocabolario?.data).find((r) => r.kind === 'termine' && r.id === id);
  return term ? { kind: 'termine', name: typeof term.data.it === 'string' ? term.data.it : '' } : undefined;
}
