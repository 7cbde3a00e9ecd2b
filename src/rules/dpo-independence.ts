import type { Finding, Rule } from './types.js';
import { partyOf } from './transfers.js';
import { conflictIn, samePerson } from '../law/dpo-conflicts.js';

/**
 * Art. 38(6), WP243 par. 3.5: the DPO may not hold a position that decides purposes and means.
 * Compared: the controller's legal representative with the DPO's name; an internal DPO's
 * position (rpd.ruolo_interno); the services an external DPO also sells to the controller.
 */
export const dpoIndependence: Rule = {
  id: 'dpo-independence',
  severity: 'error',
  reference: 'art. 38, par. 6; WP243, par. 3.5',
  title: { it: "Indipendenza dell'RPD", en: 'DPO independence' },
  *check({ register }): Iterable<Finding> {
    const registro = register.registro;
    const rpd = registro?.data.rpd;
    if (!registro || !rpd) return;
    const file = registro.file;
    const legal = registro.data.titolare.legale_rappresentante;
    if (legal && rpd.nome && samePerson(legal, rpd.nome)) {
      yield { file, pointer: '/rpd/nome', at: 'value', messageId: 'rule.dpoIsLegalRepresentative', params: { name: rpd.nome } };
      return;
    }
    if (rpd.tipo !== 'esterno' && rpd.ruolo_interno) {
      const conflict = conflictIn(rpd.ruolo_interno, 'interno');
      if (conflict) {
        yield { file, pointer: '/rpd/ruolo_interno', at: 'value', messageId: 'rule.dpoConflict', params: { role: rpd.ruolo_interno, position: conflict.it, position_en: conflict.en } };
      }
    }
    const external = partyOf(register, rpd.soggetto)?.data;
    if (rpd.tipo !== 'interno' && external?.servizi) {
      const conflict = conflictIn(external.servizi, 'esterno');
      if (conflict) {
        yield { file, pointer: '/rpd/soggetto', at: 'value', messageId: 'rule.dpoSupplier', params: { party: rpd.soggetto ?? '', services: external.servizi }, severity: 'warning' };
      }
    }
  },
};
