import type { MessageParams } from '../diagnostics/types.js';

/** Italian messages of the rules on special and criminal-offence data (artt. 9 e 10), automated decisions (art. 22) and direct marketing (Codice, art. 130). */
export const dataRulesIt = {
  'rule.specialInCommon': (p) => `"${p.term}" è una categoria particolare (art. 9): spostala in dati_particolari con la sua condizione e la norma`,
  'rule.specialCondition': (p) => `la categoria particolare "${p.term}" non ha la condizione dell'art. 9, par. 2 (ad esempio 9.2.g)`,
  'rule.specialConditionHolder': (p) => `la condizione ${p.condition} (${p.label}) non può essere usata da un titolare di tipo "${p.kind}": per "${p.term}" indica la condizione dell'art. 9, par. 2, che vale per questo trattamento`,
  'rule.specialConditionDisclosed': (p) => `con la condizione ${p.condition} i dati "${p.term}" non si comunicano all'esterno senza il consenso dell'interessato, come dice l'art. 9, par. 2, lett. d): "${p.recipient}" li riceve; indica con "dati" del destinatario che non li riceve, o fonda la comunicazione sul consenso esplicito (9.2.a)`,
  'rule.specialBiometricAttendance': (p) => `i dati biometrici ("${p.term}") dei lavoratori ("${p.worker}") usati per rilevare le presenze non hanno alcuna condizione dell'art. 9, par. 2: nessuna norma lo prevede e il consenso del lavoratore non è libero (considerando 43; ${p.source}); rileva le presenze con un sistema meno invasivo, come il badge, e cancella i modelli biometrici raccolti`,
  'rule.publicExplicitConsent': (p) => `l'ente pubblico tratta i dati "${p.term}" per un suo compito (base ${p.base}) ma li fonda sul consenso esplicito (${p.condition}), che verso un ente pubblico difficilmente è libero (considerando 43; ${p.source}): indica la condizione dell'art. 9, par. 2, che vale per il compito, con la sua norma, o rinuncia a questi dati; se il rifiuto non ha conseguenze, indica conferimento: facoltativo`,
  'rule.specialNorm': (p) => `la condizione 9.2.g per "${p.term}" richiede la norma che individua l'interesse pubblico rilevante (Codice, art. 2-sexies)`,
  'rule.specialNormFramework': (p) => `la condizione ${p.condition} per "${p.term}" richiede la legge o il regolamento che prevede il trattamento: "${p.norm}" da solo non basta (art. 9, par. 2)`,
  'rule.specialLetter': (p) => `la lettera "${p.letter}" non esiste nell'art. 2-sexies, comma 2, del Codice`,
  'rule.criminalNorm': () => "i dati giudiziari richiedono la norma che ne autorizza il trattamento (art. 10; Codice, art. 2-octies)",
  'rule.criminalNormFramework': (p) => `"${p.norm}" non è la norma che autorizza il trattamento dei dati giudiziari: cita la legge o il regolamento che lo prevede (Codice, art. 2-octies, c. 1 e 3)`,
  'rule.criminalInCommon': (p) => `"${p.term}" sono dati giudiziari (art. 10): descrivili in dati_giudiziari con la norma che li autorizza`,
  'rule.noDissemination': (p) => `dati genetici, biometrici o relativi alla salute (${p.terms}) non possono essere diffusi (Codice, art. 2-septies, c. 8): indica quali dati vanno pubblicati con "dati" del destinatario`,
  'rule.specialNormCondition': (p) => `la condizione ${p.condition} per "${p.term}" richiede ${p.which}: indicala in "norma", come chiede l'art. 9, par. 2, lett. ${p.letter})`,
  'rule.automatedGround': () => "una decisione basata unicamente su un trattamento automatizzato è ammessa solo nei casi dell'art. 22, par. 2: indica decisioni_automatizzate.eccezione (22.2.a, 22.2.b o 22.2.c)",
  'rule.automatedNorm': () => "con 22.2.b la decisione automatizzata deve essere autorizzata da una norma che fissi le garanzie: indicala in decisioni_automatizzate.norma",
  'rule.automatedSafeguards': (p) => `con ${p.ground} servono le garanzie dell'art. 22, par. 3 (intervento umano, diritto di esprimere la propria opinione e di contestare la decisione): descrivile in decisioni_automatizzate.garanzie`,
  'rule.automatedSpecial': (p) => `una decisione automatizzata su "${p.term}" è ammessa solo con il consenso esplicito (9.2.a) o per interesse pubblico rilevante (9.2.g), non con ${p.condition} (art. 22, par. 4)`,
  'rule.marketingChannelConsent': () => "marketing sul legittimo interesse per SMS, messaggistica o chiamate automatizzate: l'eccezione del Codice, art. 130, c. 4, vale solo per l'email dei clienti; con questi canali serve il consenso anche dei clienti (c. 1 e 2): usa la base 6.1.a con la revoca",
  'rule.marketingNotCustomers': (p) => `marketing sul legittimo interesse verso "${p.term}", che non sono clienti: email, SMS e chiamate automatizzate richiedono il consenso (Codice, art. 130, c. 1 e 2); l'eccezione del c. 4 vale solo per i clienti e per prodotti analoghi`,
  'rule.marketingOwnTermNotCustomers': (p) => `marketing sul legittimo interesse verso "${p.term}", che il vocabolario del registro non indica come clienti: email, SMS e chiamate automatizzate richiedono il consenso (Codice, art. 130, c. 1 e 2), salvo offerte di prodotti analoghi ai clienti (c. 4); se sono clienti, scrivi clienti: true per "${p.term}" in vocabolario.yaml`,
  'rule.marketingProfilingConsent': () => "la profilazione a fini di marketing diretto richiede il consenso dell'interessato (base 6.1.a): Garante, Linee guida sul marketing del 4 luglio 2013; art. 21, par. 2",
} satisfies Record<string, (p: MessageParams) => string>;
