import type { Lang } from '../i18n/lang.js';

/** The modules of the standard contractual clauses (Decision (EU) 2021/914, clausole-tipo.json), as a reader understands them. */
const MODULES: Record<Lang, Record<string, string>> = {
  it: { C2C: 'modulo uno, da titolare a titolare', C2P: 'modulo due, da titolare a responsabile', P2P: 'modulo tre, da responsabile a responsabile', P2C: 'modulo quattro, da responsabile a titolare' },
  en: { C2C: 'module one, controller to controller', C2P: 'module two, controller to processor', P2P: 'module three, processor to processor', P2C: 'module four, processor to controller' },
};

/** "modulo due, da titolare a responsabile" for C2P; the code itself when it is none of the four. */
export function sccModuleLabel(code: string, lang: Lang): string {
  return MODULES[lang][code] ?? code;
}
