// Synthetic registers for benchmarks and scale tests: realistic records with a fixed seed, so
// runs compare. Varied bases, special data, transfers, services.
import { appendFileSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const example = join(root, 'registers/comune-di-vallechiara');

/** Mulberry32: a small, fast, seeded generator. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const areas = ['Area Amministrativa', 'Servizi Demografici', 'Servizi Sociali', 'Polizia Locale', 'Area Tecnica', 'Area Finanziaria'];
const subjects = ['cittadini', 'residenti', 'richiedenti', 'contribuenti', 'dipendenti', 'alunni', 'genitori', 'fornitori', 'soggetti-fragili'];
const data = ['identificativi', 'contatto', 'codice-fiscale', 'economici', 'bancari', 'familiari', 'immagini', 'istruzione-lavoro'];
const measures = ['credenziali-individuali', 'profili-autorizzazione', 'backup', 'cifratura', 'log-accessi', 'armadi-chiusi'];
const bases = [
  ['6.1.e', 'D.Lgs. 267/2000, art. 13'],
  ['6.1.c', 'D.P.R. 445/2000, art. 53'],
  ['6.1.b', null],
];
const processors = ['gestionali-centro-italia', 'ristorazione-collettiva', 'autolinee-cimini', 'sicurvideo'];

/**
 * @param options.findings when true, every record carries one warning (an old `aggiornato`: rule
 *   stale), as in a register freshly imported from a spreadsheet
 * @param options.english when true, registro.yaml asks for a site in Italian and English
 */
export function generateRegister(dir, count, seed, options = {}) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const some = (list, n) => [...new Set(Array.from({ length: n }, () => pick(list)))];
  mkdirSync(join(dir, 'trattamenti'), { recursive: true });
  mkdirSync(join(dir, 'servizi'), { recursive: true });
  cpSync(join(example, 'registro.yaml'), join(dir, 'registro.yaml'));
  // A site in two languages, as the benchmark has always measured it (the texts stay untranslated).
  if (options.english) appendFileSync(join(dir, 'registro.yaml'), 'opzioni:\n  sito:\n    lingue: [it, en]\n');
  cpSync(join(example, 'soggetti.yaml'), join(dir, 'soggetti.yaml'));
  const ids = [];
  for (let i = 0; i < count; i++) {
    const id = `trattamento-${String(i).padStart(5, '0')}`;
    ids.push(id);
    const [base, norma] = pick(bases);
    const special = r() < 0.3;
    const dataIds = some(data, 3);
    const transfer = r() < 0.1;
    const lines = [
      `denominazione: Attività di trattamento numero ${i} dell'ente`,
      `area: ${pick(areas)}`,
      'finalita:',
      `  - descrizione: Gestione dei procedimenti amministrativi di competenza dell'ufficio, pratica ${i}`,
      '    basi_giuridiche:',
      `      - base: ${base}`,
      ...(norma ? [`        norma: "${norma}"`] : []),
      `interessati: [${some(subjects, 2).join(', ')}]`,
      `dati: [${dataIds.join(', ')}]`,
      ...(special ? ['dati_particolari:', '  - categoria: salute', '    condizione: 9.2.g', '    norma: "Codice, art. 2-sexies, c. 2, lett. s"', '    lettera_2sexies: s'] : []),
      'raccolta: presso-interessato',
      'destinatari:',
      `  - soggetto: ${pick(processors)}`,
      '  - categoria: altre-pa',
      '    descrizione: Enti competenti',
      ...(transfer
        ? ['trasferimenti:', '  - paese: US', '    destinatario: mailcloud-inc', '    meccanismo: "45"', '    decisione: Decisione (UE) 2023/1795', '    documento: Certificazione DPF del destinatario, copia su richiesta']
        : ['trasferimenti: []']),
      'conservazione:',
      `  - durata: ${1 + Math.floor(r() * 10)} anni`,
      '    decorrenza: dalla chiusura del fascicolo',
      '    fonte: Piano di conservazione',
      `    categorie: [${[...dataIds, ...(special ? ['salute'] : [])].join(', ')}]`,
      `misure: [${some(measures, 3).join(', ')}]`,
      ...(special
        ? ['dpia:', '  necessaria: true', `  riferimento: DPIA n. ${i}`, '  data: 2026-06-01']
        : ['dpia:', '  necessaria: false', '  motivazione: Nessun criterio applicabile.']),
      'creato: 2020-01-01',
      `aggiornato: ${options.findings ? '2020-06-01' : '2026-06-01'}`,
    ];
    writeFileSync(join(dir, 'trattamenti', `${id}.yaml`), lines.join('\n') + '\n');
  }
  const services = Math.max(3, Math.floor(count / 20));
  for (let s = 0; s < services; s++) {
    writeFileSync(
      join(dir, 'servizi', `servizio-${s}.yaml`),
      `denominazione: Servizio ${s}\ntrattamenti: [${some(ids, 2).join(', ')}]\nufficio:\n  nome: Ufficio ${s}\n  contatti: { email: ufficio${s}@comune.vallesintetica.it }\nconferimento: { natura: requisito-necessario, conseguenze: Senza i dati la domanda non può essere accolta. }\n`,
    );
  }
}
