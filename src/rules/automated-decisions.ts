import type { Finding, Rule } from './types.js';
import { hasBasis } from './support.js';
import { isDirectMarketing } from '../law/marketing.js';
import { describesProfiling } from '../law/facts.js';
import type { TrattamentoFile } from '../types/schema.js';

/** Art. 22(4): automated decisions on special data only with explicit consent or substantial public interest. */
const SPECIAL_ALLOWED = new Set(['9.2.a', '9.2.g']);

/**
 * Art. 22: an automated decision rests on a ground of art. 22(2), with the safeguards of 22(3)
 * or the norm that lays them down. Art. 21(2)-(3): direct-marketing profiling needs consent (the
 * Garante's position, per purpose: consent to a newsletter is not consent to profiling;
 * marketing-non-customers judges the bases of marketing itself). That every notice of such
 * processing offers the objection to marketing is notice-rights' to check, with the notices.
 */
export const automatedDecisions: Rule = {
  id: 'automated-decisions',
  severity: 'error',
  reference: 'art. 22; art. 21, par. 2-4',
  title: { it: 'Decisioni automatizzate e profilazione', en: 'Automated decisions and profiling' },
  *check({ register }): Iterable<Finding> {
    for (const { file, data } of register.trattamenti) {
      const decisions = data.decisioni_automatizzate;
      if (decisions?.presenti) {
        const ground = decisions.eccezione;
        if (!ground) yield { file, pointer: '/decisioni_automatizzate/presenti', at: 'value', messageId: 'rule.automatedGround', params: {} };
        else if (ground === '22.2.b' && !decisions.norma) yield { file, pointer: '/decisioni_automatizzate/eccezione', at: 'value', messageId: 'rule.automatedNorm', params: {} };
        else if (ground !== '22.2.b' && !decisions.garanzie) yield { file, pointer: '/decisioni_automatizzate/eccezione', at: 'value', messageId: 'rule.automatedSafeguards', params: { ground } };
        for (const [i, special] of (data.dati_particolari ?? []).entries()) {
          if (special.condizione && !SPECIAL_ALLOWED.has(special.condizione)) {
            yield { file, pointer: `/dati_particolari/${i}/condizione`, at: 'value', messageId: 'rule.automatedSpecial', params: { term: special.categoria, condition: special.condizione } };
          }
        }
      }
      if (!isDirectMarketing(data) || !data.profilazione) continue;
      if (!hasBasis(data, '6.1.a')) {
        yield { file, pointer: '/profilazione', at: 'value', messageId: 'rule.marketingProfilingConsent', params: {} };
        continue;
      }
      // Consent to the newsletter is not consent to profiling: the purpose that profiles has its own.
      for (const pointer of profilingWithoutConsent(data)) yield { file, pointer, at: 'value', messageId: 'rule.marketingProfilingConsent', params: {} };
    }
  },
};

/** The bases of purposes that describe profiling and do not rest on consent (6.1.f, or 6.1.b: a contract does not cover marketing). */
function profilingWithoutConsent(data: TrattamentoFile): string[] {
  return (data.finalita ?? []).flatMap((purpose, i) => {
    const bases = purpose.basi_giuridiche ?? [];
    if (!describesProfiling(purpose.descrizione) || bases.some((b) => b.base === '6.1.a')) return [];
    return bases.map((_, j) => `/finalita/${i}/basi_giuridiche/${j}/base`);
  });
}
