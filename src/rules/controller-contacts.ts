import type { Finding, Rule } from './types.js';

/** Art. 30(1)(a): the controller's name and contacts. */
export const controllerContacts: Rule = {
  id: 'controller-contacts',
  severity: 'error',
  reference: 'art. 30, par. 1, lett. a)',
  title: { it: 'Contatti del titolare', en: 'Controller contacts' },
  *check({ register }): Iterable<Finding> {
    const registro = register.registro;
    if (!registro) return;
    const c = registro.data.titolare.contatti;
    if (!c || !(c.pec || c.email || c.telefono || c.indirizzo)) {
      yield { file: registro.file, pointer: c ? '/titolare/contatti' : '/titolare', messageId: 'rule.controllerContacts', params: {} };
    }
  },
};
