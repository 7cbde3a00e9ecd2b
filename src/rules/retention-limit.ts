import type { Finding, Rule } from './types.js';
import type { Register } from '../register/model.js';
import type { TrattamentoFile } from '../types/schema.js';
import { RETENTION_LIMITS, limitDays, normPattern, type RetentionLimit } from '../law/retention-limits.js';
import { durationDays, isPermanent } from '../law/duration.js';
import { dataTermsOf, isPublicBody, subjectTermsOf } from './support.js';
import { isDirectMarketing } from '../law/marketing.js';
import type { Term } from '../vocab/vocabulary.js';

/**
 * Art. 5(1)(e): a retention longer than the limit fixed by law or by the Garante for the
 * record's purpose and data (src/law/data/limiti-conservazione.json: video surveillance,
 * e-mail metadata, whistleblowing, traffic data, fidelity cards, job applications, the
 * anti-money-laundering file of a bank or professional).
 */
export const retentionLimit: Rule = {
  id: 'retention-limit',
  severity: 'error',
  reference: 'art. 5, par. 1, lett. e)',
  title: { it: 'Termini massimi di conservazione', en: 'Retention limits' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      for (const limit of limitsFor(register, data)) {
        const max = limitDays(limit);
        for (const [i, item] of (data.conservazione ?? []).entries()) {
          if (!item.durata || !coversLimit(register, item.categorie, limit)) continue;
          const days = isPermanent(item.durata) ? Infinity : durationDays(item.durata);
          if (days === undefined || days <= max || justified(limit, item.deroga, data)) continue;
          yield {
            file,
            pointer: `/conservazione/${i}/durata`,
            at: 'value',
            messageId: limit.deroga ? 'rule.retentionOverLimitUnless' : 'rule.retentionOverLimit',
            params: { text: item.durata, limit: limit.limite, what: limit.it, what_en: limit.en, source: limit.fonte, source_en: limit.fonte_en, unless: limit.deroga ?? '' },
            severity: limit.verificare ? 'warning' : undefined,
          };
        }
      }
    }
  },
};

/** The limits that apply to a record: for each group, the first whose conditions all hold. */
function limitsFor(register: Register, record: TrattamentoFile): RetentionLimit[] {
  const groups = new Set<string>();
  const chosen: RetentionLimit[] = [];
  // Read once per record: every limit asks about the same subjects and data.
  const terms = { subjects: subjectTermsOf(register, record), data: dataTermsOf(register, record) };
  for (const limit of RETENTION_LIMITS) {
    if (groups.has(limit.gruppo)) continue;
    // registro.yaml has errors (reported on their own): where the controller's kind may decide
    // the group's limit (a comune keeps its cameras' images 7 days, others 72 hours), none is applied.
    if (!register.registro && dependsOnController(limit)) {
      groups.add(limit.gruppo);
      continue;
    }
    if (!applies(register, record, limit, terms)) continue;
    groups.add(limit.gruppo);
    chosen.push(limit);
  }
  return chosen;
}

function dependsOnController(limit: RetentionLimit): boolean {
  return limit.quando.titolare !== undefined || limit.quando.ente_pubblico !== undefined;
}

function applies(register: Register, record: TrattamentoFile, limit: RetentionLimit, terms: { subjects: readonly Term[]; data: readonly Term[] }): boolean {
  const q = limit.quando;
  const among = (flag: string) => terms.subjects.some((t) => t.id === flag || (t as unknown as Record<string, unknown>)[flag] === true);
  if (q.interessati && !among(q.interessati)) return false;
  if (q.senza_interessati && among(q.senza_interessati)) return false;
  if (q.dati && !terms.data.some((t) => isLimitData(t, q.dati!))) return false;
  const tipo = register.registro?.data.titolare.tipo;
  if (q.titolare && !(tipo && q.titolare.includes(tipo))) return false;
  if (q.ente_pubblico !== undefined && q.ente_pubblico !== isPublicBody(register)) return false;
  if (q.profilazione !== undefined && q.profilazione !== (record.profilazione === true)) return false;
  if (q.marketing !== undefined && q.marketing !== isDirectMarketing(record)) return false;
  if (q.norma && !citesNorm(record, q.norma)) return false;
  return true;
}

/** Whether the norm of one of the record's legal bases, or the source of a retention term, cites the limit's norm. */
function citesNorm(record: TrattamentoFile, pattern: string): boolean {
  const norm = normPattern(pattern);
  const bases = (record.finalita ?? []).flatMap((f) => (f.basi_giuridiche ?? []).map((b) => b.norma));
  const sources = (record.conservazione ?? []).map((c) => c.fonte);
  return [...bases, ...sources].some((text) => typeof text === 'string' && norm.test(text));
}

/** A data term of the limit: the term itself, or one of the register's own in the same group ("video" with `gruppo: immagini`). */
function isLimitData(term: Pick<Term, 'id' | 'gruppo'>, data: readonly string[]): boolean {
  return data.includes(term.id) || (term.gruppo !== undefined && data.includes(term.gruppo));
}

/** A retention item limited to some categories is judged only when it covers the limit's data. */
function coversLimit(register: Register, categories: string[] | undefined, limit: RetentionLimit): boolean {
  if (!categories?.length || !limit.quando.dati) return true;
  return categories.some((id) => isLimitData(register.vocabulary.get('dati', id) ?? { id }, limit.quando.dati!));
}

function justified(limit: RetentionLimit, reason: string | undefined, record: TrattamentoFile): boolean {
  if (limit.deroga === 'motivata') return Boolean(reason);
  if (limit.deroga === 'accordo-art4') return Boolean(record.controllo_a_distanza?.accordo_sindacale || record.controllo_a_distanza?.autorizzazione_ispettorato);
  return false;
}
