import type { Finding, Rule } from './types.js';
import { isPublicBody } from './support.js';

/** Art. 37(1)(a), 13(1)(b): a public body designates a DPO and publishes its contacts. */
export const publicBodyDpo: Rule = {
  id: 'public-body-dpo',
  severity: 'error',
  reference: 'art. 37, par. 1, lett. a); art. 13, par. 1, lett. b)',
  title: { it: "RPD dell'ente pubblico", en: 'DPO of a public body' },
  *check({ register }): Iterable<Finding> {
    const registro = register.registro;
    if (!registro || !isPublicBody(register)) return;
    const rpd = registro.data.rpd;
    const c = rpd?.contatti;
    if (!rpd || !(c?.email || c?.pec || c?.telefono)) {
      yield { file: registro.file, pointer: rpd ? '/rpd' : '', messageId: 'rule.publicBodyDpo', params: {} };
    }
  },
};
