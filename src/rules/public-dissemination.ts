import type { Finding, Rule } from './types.js';
import type { Term } from '../vocab/vocabulary.js';
import rules from '../law/data/pubblicazione.json' with { type: 'json' };
import { durationDays, isPermanent } from '../law/duration.js';
import { hasBasis, isPublicBody, recipientsOf, subjectTermsOf } from './support.js';
import { citesNorm } from '../law/facts.js';
import type { TrattamentoFile } from '../types/schema.js';

const IDENTIFYING = new Set(rules.identificativi);
const MAX_DAYS = durationDays(rules.durata_massima)!;

/**
 * Codice 2-ter c. 1 and 3, D.Lgs. 33/2013: a public body disseminates personal data, or
 * communicates them to private parties who use them for their own purposes (vocabulary flag
 * `privati`), only where a law or regulation provides for it (unless the data subject chooses it, on consent alone); never the identity of beneficiaries whose hardship or
 * health could be inferred (art. 26 c. 4); special and criminal data only where indispensable
 * (art. 7-bis c. 4); and for a limited time (art. 8 c. 3).
 */
export const publicDissemination: Rule = {
  id: 'public-dissemination',
  severity: 'error',
  reference: 'Codice, art. 2-ter, c. 1 e 3; D.Lgs. 33/2013, artt. 7-bis, 8 e 26',
  title: { it: "Diffusione e comunicazione a privati da parte dell'ente pubblico", en: 'Dissemination and communication to private parties by a public body' },
  *check({ register }): Iterable<Finding> {
    if (!isPublicBody(register)) return;
    const vocab = register.vocabulary;
    for (const { file, data } of register.trattamenti) {
      for (const [i, recipient] of recipientsOf(data).entries()) {
        const category = recipient.categoria ? vocab.get('destinatari', recipient.categoria) : undefined;
        if (category?.privati && !providedFor(recipient) && !onConsentOnly(data)) {
          yield { file, pointer: `/destinatari/${i}/categoria`, at: 'value', messageId: 'rule.communicationNorm', params: { term: category.id } };
        }
        if (!category?.diffusione) continue;
        // What the record holds is read only for a recipient that is the public (few records have one).
        const all = [...(data.dati ?? []), ...(data.dati_particolari ?? []).map((d) => d.categoria)];
        const hardshipSubjects = subjectTermsOf(register, data).filter((t) => t.disagio);
        const at = `/destinatari/${i}`;
        // A publication the data subject chooses, on consent alone, rests on no public task (pubblicazione.json, sul_consenso).
        // A record mixing a public task and a publication on consent is told how to keep the latter apart.
        const messageId = hasBasis(data, '6.1.a') ? 'rule.disseminationNormMixedConsent' : 'rule.disseminationNorm';
        if (!providedFor(recipient) && !onConsentOnly(data)) yield { file, pointer: `${at}/categoria`, at: 'value', messageId, params: {} };
        const reaching = (recipient.dati ?? all).map((id) => vocab.get('dati', id)).filter((t): t is Term => t !== undefined);
        const identifies = reaching.some((t) => IDENTIFYING.has(t.id));
        const hardship = [...hardshipSubjects, ...reaching.filter((t) => t.disagio && !t.mai_diffusi)].map((t) => t.id);
        if (identifies && hardship.length > 0) {
          yield { file, pointer: `${at}/categoria`, at: 'value', messageId: 'rule.disseminationHardship', params: { terms: hardship.join(', ') } };
        }
        const sensitive = reaching.filter((t) => (t.classe === 'particolare' && !t.mai_diffusi) || t.classe === 'giudiziario').map((t) => t.id);
        if (data.dati_giudiziari && !recipient.dati) sensitive.push('giudiziari');
        if (sensitive.length > 0) {
          yield { file, pointer: `${at}/categoria`, at: 'value', messageId: 'rule.disseminationSensitive', params: { terms: [...new Set(sensitive)].join(', ') }, severity: 'warning' };
        }
        yield* period(file, at, recipient.durata_pubblicazione);
      }
    }
  },
};

/** The recipient names the norm that provides for giving it the data: in `norma`, or cited in its description. */
function providedFor(recipient: { norma?: string; descrizione?: string }): boolean {
  return Boolean(recipient.norma) || citesNorm(recipient.descrizione ?? '');
}

/** Every purpose of the record rests on consent, and on nothing else. */
function onConsentOnly(data: TrattamentoFile): boolean {
  const purposes = data.finalita ?? [];
  return purposes.length > 0 && purposes.every((p) => (p.basi_giuridiche ?? []).length > 0 && (p.basi_giuridiche ?? []).every((b) => b.base === '6.1.a'));
}

function* period(file: Finding['file'], at: string, text: string | undefined): Iterable<Finding> {
  if (!text) {
    yield { file, pointer: `${at}/categoria`, at: 'value', messageId: 'rule.publicationPeriodMissing', params: {}, severity: 'warning' };
    return;
  }
  const days = isPermanent(text) ? Infinity : durationDays(text);
  if (days !== undefined && days > MAX_DAYS) {
    yield { file, pointer: `${at}/durata_pubblicazione`, at: 'value', messageId: 'rule.publicationPeriodLong', params: { text, limit: rules.durata_massima }, severity: 'warning' };
  }
}
