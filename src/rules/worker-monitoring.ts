import type { Finding, Rule } from './types.js';
import type { Term } from '../vocab/vocabulary.js';
import { dataTermsOf, subjectTermsOf } from './support.js';

/**
 * L. 300/1970 art. 4: cameras or geolocation that can monitor the controller's workers need a
 * union agreement or the labour inspectorate's authorisation (work tools of art. 4 c. 2 excepted,
 * which cameras never are). Garante, video surveillance, 8 April 2010, par. 4.3: in schools,
 * cameras only while the school is closed.
 */
export const workerMonitoring: Rule = {
  id: 'worker-monitoring',
  severity: 'error',
  reference: 'L. 300/1970, art. 4; Provv. Garante 8 aprile 2010, par. 4.3',
  title: { it: 'Controllo a distanza di lavoratori e alunni', en: 'Remote monitoring of workers and pupils' },
  *check({ register }): Iterable<Finding> {
    const school = register.registro?.data.titolare.tipo === 'scuola';
    for (const { file, data } of register.trattamenti) {
      const subjects = data.interessati ?? [];
      const terms = subjectTermsOf(register, data);
      const filmed = terms.some((t) => t.ripresi);
      const tracked = dataTermsOf(register, data).some((t) => t.monitoraggio);
      if (!filmed && !tracked) continue;
      const control = data.controllo_a_distanza;
      const at = (term: Term | undefined) => (term ? `/interessati/${subjects.indexOf(term.id)}` : '');
      const worker = terms.find((t) => t.lavoratori);
      const exempt = !filmed && control?.strumento_di_lavoro === true;
      if (worker && !control?.accordo_sindacale && !control?.autorizzazione_ispettorato && !exempt) {
        yield { file, pointer: at(worker), at: 'value', messageId: filmed ? 'rule.workerCameras' : 'rule.workerTracking', params: { term: worker.id } };
      }
      const pupil = terms.find((t) => t.alunni);
      if (filmed && (school || pupil) && control?.solo_fuori_orario_scolastico !== true) {
        yield { file, pointer: at(terms.find((t) => t.ripresi)), at: 'value', messageId: 'rule.schoolCameras', params: {} };
      }
    }
  },
};
