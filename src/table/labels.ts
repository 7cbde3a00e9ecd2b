import type { Lang } from '../i18n/lang.js';
import { sccModuleLabel } from '../law/scc-modules.js';
import type { Register } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';
import type { VocabName } from '../vocab/vocabulary.js';
import { codeLabel } from '../law/codes.js';
import { countryName } from '../law/countries.js';
import { agreeingDuration, isPermanentTerm } from '../text/duration-agreement.js';
import { numericDate } from '../text/numeric-date.js';

/** Record values in words, for the register's cells: one line per value. */

type Retention = NonNullable<TrattamentoFile['conservazione']>[number];
type Transfer = NonNullable<TrattamentoFile['trasferimenti']>[number];

export function terms(register: Register, vocab: VocabName, ids: readonly string[] | undefined, lang: Lang): string[] {
  return (ids ?? []).map((id) => register.vocabulary.label(vocab, id, lang));
}

export function partyName(register: Register, id: string | undefined): string {
  if (!id) return '';
  return register.partyById.get(id)?.data?.denominazione ?? id;
}

const W = {
  it: { basis: 'base', norm: 'norma', interest: 'interesse', none: 'nessuno', to: 'verso', permanent: 'permanente', from: '', source: 'fonte', for: 'per', needed: 'necessaria', notNeeded: 'non necessaria', reason: '', joint: '(contitolare, art. 26)', remote: 'accesso da remoto', safeguards: 'garanzie', withdrawal: 'revoca del consenso', onlyProcessors: 'solo responsabili del trattamento (art. 28), nella loro colonna' },
  en: { basis: 'basis', norm: 'norm', interest: 'interest', none: 'none', to: 'to', permanent: 'permanent', from: '', source: 'source', for: 'for', needed: 'required', notNeeded: 'not required', reason: '', joint: '(joint controller, Art. 26)', remote: 'remote access', safeguards: 'safeguards', withdrawal: 'withdrawal of consent', onlyProcessors: 'processors only (Art. 28), in their own column' },
};

/** "6.1.e compito di interesse pubblico... — D.Lgs. 63/2017, art. 5" */
export function basisLine(base: { base: string; norma?: string; interesse?: string; revoca?: string }, lang: Lang): string {
  const parts = [`${base.base} ${codeLabel('basi', base.base, lang)}`];
  if (base.norma) parts.push(base.norma);
  if (base.interesse) parts.push(`${W[lang].interest}: ${base.interesse}`);
  // How consent is withdrawn (art. 7, par. 3): the fact the register keeps for a consent.
  if (base.revoca) parts.push(`${W[lang].withdrawal}: ${base.revoca}`);
  return parts.join(' — ');
}

export function specialLine(register: Register, special: { categoria: string; condizione?: string; norma?: string; revoca?: string }, lang: Lang): string {
  const label = register.vocabulary.label('dati', special.categoria, lang);
  const condition = special.condizione ? ` (${special.condizione} ${codeLabel('condizioni', special.condizione, lang)})` : '';
  return `${label}${condition}${special.norma ? ` — ${special.norma}` : ''}${special.revoca ? ` — ${W[lang].withdrawal}: ${special.revoca}` : ''}`;
}

/** A processor or sub-processor (art. 28) declared in soggetti.yaml. */
export function isProcessor(register: Register, id: string | undefined): boolean {
  if (!id) return false;
  const role = register.partyById.get(id)?.data?.ruolo;
  return role === 'responsabile' || role === 'sub-responsabile';
}

/** One line per recipient; without the processors when another column lists them. */
export function recipientLines(register: Register, record: TrattamentoFile, lang: Lang, withoutProcessors = false): string[] {
  if (record.destinatari === 'nessuno') return [W[lang].none];
  const all = record.destinatari ?? [];
  const shown = withoutProcessors ? all.filter((d) => !isProcessor(register, d.soggetto)) : all;
  if (shown.length === 0 && all.length > 0) return [W[lang].onlyProcessors];
  return shown.map((d) => {
    // A joint controller is named as such (art. 30, par. 1, lett. a), not as one more recipient.
    const joint = d.soggetto && register.partyById.get(d.soggetto)?.data?.ruolo === 'contitolare' ? ` ${W[lang].joint}` : '';
    const who = [d.categoria ? register.vocabulary.label('destinatari', d.categoria, lang) : '', d.soggetto ? `${partyName(register, d.soggetto)}${joint}` : '']
      .filter(Boolean)
      .join(': ');
    return d.descrizione ? `${who} (${d.descrizione})` : who;
  });
}

export function transferLine(register: Register, t: Transfer, lang: Lang): string {
  const where = t.paese ? countryName(t.paese, lang) : (t.organizzazione ?? '');
  const mechanism = t.meccanismo ? `${t.meccanismo} ${codeLabel('meccanismi', t.meccanismo, lang)}` : '';
  const who = t.destinatario ? partyName(register, t.destinatario) : '';
  // Every fact the record holds: the SCC module, remote access, and the documented safeguards
  // that art. 30, par. 1, lett. e) requires for a 49.1.2 transfer.
  // The code with its meaning, which the Legenda does not give: "C2P (modulo due, da titolare a responsabile)".
  const module = t.modulo_scc ? `${t.modulo_scc} (${sccModuleLabel(t.modulo_scc, lang)})` : '';
  const remote = t.accesso_remoto ? W[lang].remote : '';
  const safeguards = t.garanzie ? `${W[lang].safeguards}: ${t.garanzie}` : '';
  return [where, who, remote, mechanism, t.decisione, module, t.documento, safeguards].filter(Boolean).join(' — ');
}

/** "5 anni dalla fine dell'anno scolastico (Piano di conservazione, titolo VII) — per: salute" */
export function retentionLine(register: Register, r: Retention, lang: Lang): string {
  // "1 anno", never "1 anni": the unit agrees with its number in every output (src/text/duration-agreement.ts).
  const term = [r.durata ? durationIn(r.durata, lang) : r.durata, r.decorrenza].filter(Boolean).join(' ') || r.criterio || '';
  const extra = r.durata && r.criterio ? `; ${r.criterio}` : '';
  const source = r.fonte ? ` (${r.fonte})` : '';
  const scope = r.categorie?.length ? ` — ${W[lang].for}: ${terms(register, 'dati', r.categorie, lang).join(', ')}` : r.finalita ? ` — ${W[lang].for}: ${r.finalita}` : '';
  return `${term}${extra}${source}${scope}`;
}

/** A duration as written, in Italian; "permanente" in English is "permanent". */
const durationIn = (duration: string, lang: Lang): string => (lang !== 'it' && isPermanentTerm(duration) ? W[lang].permanent : agreeingDuration(duration));

export function dpiaLine(dpia: TrattamentoFile['dpia'], lang: Lang): string {
  if (!dpia) return '';
  if (dpia.necessaria) return [W[lang].needed, dpia.riferimento, dpia.data && numericDate(dpia.data)].filter(Boolean).join(' — ');
  return [W[lang].notNeeded, dpia.motivazione].filter(Boolean).join(' — ');
}

/** "Via Roma 1 — pec@pec.it — info@ente.it — 06 1234 — https://ente.it": a contacts block on one line. */
export function contactsLine(c: { indirizzo?: string; email?: string; pec?: string; telefono?: string; sito?: string } | undefined): string {
  return c ? [c.indirizzo, c.pec, c.email, c.telefono, c.sito].filter(Boolean).join(' — ') : '';
}
