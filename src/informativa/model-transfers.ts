import type { Lang } from '../i18n/lang.js';
import { sccModuleLabel } from '../law/scc-modules.js';
import type { TrattamentoFile } from '../types/schema.js';
import type { Register } from '../register/model.js';
import { codeLabel, isDerogation, safeguardsCopyNeeded } from '../law/codes.js';
import { citeInRegulation } from '../law/citation.js';
import { lowerFirst } from './model-purposes.js';
import { countryName, englishCountry, italianCountry } from '../i18n/countries.js';

/** A transfer outside the EEA as the notice states it (art. 13, par. 1, lett. f; art. 14, par. 1, lett. f). */
export interface TransferView {
  /** "Verso gli Stati Uniti", "Verso l'India, con accesso da remoto", "To the United States". */
  destinazione: string;
  /** Who receives the data there: the party the record names, or the one recipient of the record established in that country. */
  destinatario: string | null;
  /** The module of the standard contractual clauses, in words ("da titolare a responsabile"). */
  modulo: string | null;
  /** The country's name alone ("Stati Uniti"), or the international organisation. */
  paese: string;
  meccanismo: string | null;
  citazione: string | null;
  /** The adequacy or approval decision relied on, as the record names it. */
  decisione: string | null;
  documento: string | null;
  /** A derogation of art. 49, par. 1, lett. a)-g): the notice says it rests on no safeguards, and names the condition. */
  deroga: boolean;
  /** The compelling legitimate interests of art. 49, par. 1, second subparagraph: a derogation that does have safeguards. */
  deroga_con_garanzie: boolean;
  /** Its safeguards are a document the reader may ask a copy of (artt. 46, 47, 49.1.2); an adequacy decision or a derogation has none. */
  copia: boolean;
}

const W = {
  it: { towards: 'Verso', remote: 'con accesso da remoto' },
  en: { towards: 'To', remote: 'by remote access' },
};

/** A derogation's label opens with its kind and may end with its article: the notice's sentence says both. */
const DEROGATION_PREFIX = /^(deroga|derogation): /;
const ARTICLE_SUFFIX = / \((?:art\.|Art\.) 49.*\)$/;

type Transfer = NonNullable<TrattamentoFile['trasferimenti']>[number];

export function transfersOf(register: Register, activities: readonly TrattamentoFile[], lang: Lang): TransferView[] {
  const views = activities.flatMap((a) => (a.trasferimenti ?? []).map((t) => transferOf(t, recipientOf(register, a, t), lang)));
  // Two activities of one service that send the same data to the same recipient, on the same
  // safeguard, make one transfer for the reader: said once, as purposes and recipients are.
  const seen = new Set<string>();
  return views.filter((v) => {
    const key = JSON.stringify(v);
    return !seen.has(key) && (seen.add(key), true);
  });
}

/**
 * The name of who receives the data abroad (art. 13, par. 1, lett. e) and f): a reader told "to
 * the United States" does not know whether the mail provider or the help desk is meant. The
 * party in `destinatario`; without it, the one party among the record's recipients established
 * in that country (two or more: no guess).
 */
export function recipientOf(register: Register, a: TrattamentoFile, t: Transfer): string | null {
  const named = t.destinatario ? register.partyById.get(t.destinatario)?.data : undefined;
  if (named) return named.denominazione;
  if (!t.paese || !Array.isArray(a.destinatari)) return null;
  const there = new Set(a.destinatari.map((d) => (d.soggetto ? register.partyById.get(d.soggetto)?.data : undefined)).filter((p) => p?.paese === t.paese).map((p) => p!.denominazione));
  return there.size === 1 ? [...there][0]! : null;
}

function transferOf(t: Transfer, recipient: string | null, lang: Lang): TransferView {
  const words = W[lang];
  // The country with its article: "verso gli Stati Uniti", "verso l'India", "to the United States".
  const where = t.paese ? (lang === 'it' ? italianCountry(t.paese).the : englishCountry(t.paese).the) : (t.organizzazione ?? '');
  // Art. 49(1)(a)-(g) rest on no safeguards; the compelling interests of the second subparagraph do have them (art. 49, par. 6).
  const derogation = t.meccanismo !== undefined && isDerogation(t.meccanismo);
  const bare = derogation && !safeguardsCopyNeeded(t.meccanismo!);
  const head = t.accesso_remoto ? `${words.towards} ${where}, ${words.remote}` : `${words.towards} ${where}`;
  return {
    destinazione: head,
    destinatario: recipient,
    modulo: t.meccanismo === '46.2.c' && t.modulo_scc ? sccModuleLabel(t.modulo_scc, lang) : null,
    // The name alone, as custom templates have read it (the article belongs to `destinazione`).
    paese: t.paese ? countryName(t.paese, lang) : (t.organizzazione ?? ''),
    meccanismo: t.meccanismo ? mechanismLabel(t.meccanismo, derogation, lang) : null,
    deroga: bare,
    deroga_con_garanzie: derogation && !bare,
    citazione: t.meccanismo ? citeInRegulation(t.meccanismo, lang) : null,
    // "Riferimento: decisione di esecuzione (UE) 2023/1795": the record's texts continue their label.
    decisione: t.decisione ? lowerFirst(t.decisione) : null,
    documento: t.documento ? lowerFirst(t.documento) : null,
    copia: t.meccanismo ? safeguardsCopyNeeded(t.meccanismo) : false,
  };
}

/** The mechanism's name; a derogation's without its kind and its article, which the notice's sentence says. */
function mechanismLabel(code: string, derogation: boolean, lang: Lang): string {
  const label = codeLabel('meccanismi', code, lang);
  return derogation ? label.replace(DEROGATION_PREFIX, '').replace(ARTICLE_SUFFIX, '') : label;
}
