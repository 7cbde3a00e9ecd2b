import type { MessageParams } from '../diagnostics/types.js';
import { count } from './plural.js';

/** Italian messages of import: workbooks and documents that cannot be read, headings, ids. */
export const importIt = {
  'usage.sheetTooManyRows': (p) => `"${p.path}" ha ${p.rows} righe, oltre il limite di ${p.limit}: un registro non ne ha tante; togli le righe vuote o dividi il file`,
  'usage.sheetTooManyColumns': (p) => `"${p.path}" ha ${p.columns} colonne, oltre il limite di ${p.limit}: un registro non ne ha tante; togli le colonne vuote`,
  'usage.unclosedQuote': (p) => `"${p.path}", riga ${p.row}, colonna ${p.col}: la cella si apre con le virgolette (") che il file non chiude più, e prenderebbe con sé tutte le righe che seguono; chiudi le virgolette o togli quella di apertura; nessun file è stato scritto`,
  'usage.emptyImport': (p) => `"${p.path}" non contiene nulla da importare: nessuna cella è compilata; è il file giusto? Nessun file è stato scritto`,
  'usage.cellTooLong': (p) => `"${p.path}", riga ${p.row}, colonna ${p.col}: la cella ha ${count(p.length, 'carattere', 'caratteri')}, oltre il limite di Excel (${p.limit}); nessun file è stato scritto`,
  'usage.badWorkbook': (p) => `"${p.path}" non è una cartella di lavoro xlsx leggibile (danneggiata, troncata o di altro formato)${p.detail ? `: ${p.detail}` : ''}; riaprila e salvala di nuovo da Excel o LibreOffice`,
  'usage.workbookTooLarge': (p) => `"${p.path}" una volta decompresso supererebbe ${p.limit} MB: non è un registro (forse una "zip bomb"); non è stato letto`,
  'usage.emptyWorkbook': (p) => `"${p.path}" non ha righe da importare: i suoi fogli visibili sono vuoti`,
  'usage.noSheet': (p) => `foglio "${p.value}" non trovato; fogli: ${p.allowed}`,
  'usage.officeRefused': (p) => `LibreOffice non riesce ad aprire "${p.path}": il file è danneggiato, protetto da password o non è del formato che dice il nome; nessun file è stato scritto`,
  'usage.officeTimeout': (p) => `LibreOffice non ha finito di convertire "${p.path}" in ${p.seconds} secondi: conversione interrotta, nessun file è stato scritto`,
  'usage.needLibreOffice': (p) => `per leggere "${p.path}" serve LibreOffice (sudo apt-get install libreoffice-calc), oppure salvalo in xlsx o csv da Excel o LibreOffice`,
  'usage.noHeading': (p) =>
    `in "${p.path}" non trovo l'intestazione del registro (colonne come FINALITÀ, BASE GIURIDICA, CATEGORIE DI INTERESSATI)` +
    (p.mapping ? `.\nIntestazioni viste alla riga ${p.row}: ${p.headings}.\nUna mappa delle colonne da completare, da salvare in mappa.yaml e usare con --mappa mappa.yaml:\n${p.mapping}` : ''),
  'usage.noImportRows': (p) =>
    `in "${p.path}" l'intestazione del registro finisce alla riga ${p.row}, ma sotto non c'è nessun trattamento` +
    (Number(p.skipped) > 0 ? ` (${count(Number(p.skipped), 'riga scartata', 'righe scartate')}: titoli, totali, celle isolate o un'altra tabella)` : '') +
    ': nessun file è stato scritto',
  'usage.noRegisterSheet': (p) =>
    `in "${p.path}" nessun foglio descrive trattamenti (colonne di finalità, base giuridica, categorie di interessati o di dati): i fogli ${p.sheets} elencano altro (soggetti, servizi, codici, modifiche); per importarne uno come registro: --foglio NOME, con --mappa FILE se serve; nessun file è stato scritto`,
  'usage.badMapping': (p) => `mappa delle colonne "${p.path}" non valida: ${p.detail}`,
  'usage.badImportId': (p) => `${importAt(p)}: l'identificativo "${p.id}" non è valido (solo lettere minuscole, cifre e trattini, al massimo 80 caratteri, ad esempio gestione-personale): nessun file è stato scritto`,
  'usage.duplicateImportId': (p) => `${importAt(p)}: "${p.id}" compare già alla riga ${p.line}: nessun file è stato scritto`,
  'usage.badDataSheet': (p) => `${importAt(p)}: la cella non contiene i dati di una scheda (JSON di un oggetto): il foglio dati è stato modificato; nessun file è stato scritto`,
} satisfies Record<string, (p: MessageParams) => string>;

/** Where in the imported file: "registro.xlsx, foglio \"Servizi\", riga 4". */
function importAt(p: MessageParams): string {
  return [p.file, p.sheet ? `foglio "${p.sheet}"` : '', p.row ? `riga ${p.row}` : ''].filter(Boolean).join(', ');
}
