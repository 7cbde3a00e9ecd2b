/**
 * English help of the command line. cli.ts writes each description once, in Italian (the
 * default language); this table gives its English text, used with --lang en. A unit test walks
 * every command and option, so a description added without its translation fails the tests.
 */
const DESCRIPTIONS: Record<string, string> = {
  'Il registro dei trattamenti (art. 30 GDPR) come codice: valida, esporta, genera le informative.':
    'The register of processing activities (Art. 30 GDPR) as code: validate it, export it, generate the privacy notices.',
  'mostra la versione': 'show the version',
  'confronta due versioni del registro per significato (revisioni git o due cartelle) e dice cosa impone ogni modifica':
    'compare two versions of the register by meaning (git revisions or two folders) and say what each change obliges',
  'una revisione (HEAD~1) o un intervallo (origin/main..HEAD, origin/main...HEAD), con la cartella del registro se serve, oppure due cartelle di registro':
    'a revision (HEAD~1) or a range (origin/main..HEAD, origin/main...HEAD), with the register folder if needed, or two register folders',
  'formato: stylish, markdown o json': 'format: stylish, markdown or json',
  'la storia git di ogni scheda del registro: creazione e modifiche, con commit, data, autore e sintesi':
    'the git history of each record of the register: creation and changes, with commit, date, author and summary',
  'l\'id di un trattamento, di un servizio, di un soggetto o di un termine, oppure "registro"; predefinito: tutte': 'the id of a processing activity, a service, a party or a term, or "registro"; default: all',
  'formato: stylish o json': 'format: stylish or json',
  'il registro com\'era alla fine di quel giorno (AAAA-MM-GG), letto da git senza toccare la cartella di lavoro':
    'the register as it stood at the end of that day (YYYY-MM-DD), read from git without touching the working tree',
  'mostra questo aiuto': 'show this help',
  "mostra l'aiuto di un comando": 'show the help of a command',
  'in caso di errore interno mostra lo stack (anche con REGISTRO_DEBUG=1)': 'on an internal error, print the stack (also with REGISTRO_DEBUG=1)',
  'il lavoro annuale: valida, poi scrive il registro in Excel e le informative di tutti i servizi':
    "the yearly job: validate, then write the register in Excel and every service's privacy notices",
  'la cartella del registro': 'the register folder',
  'dove scrivere registro.xlsx e informative/': 'where to write registro.xlsx and informative/',
  "formati delle informative: pdf, html o pdf,html (predefinito: pdf,html se c'è un browser)":
    'notice formats: pdf, html or pdf,html (default: pdf,html when a browser is found)',
  'scrive anche se alcuni file hanno errori di forma (senza quei file)': 'write even if some files have shape errors (without those files)',
  'scrive anche le informative con errori aperti, marcate BOZZA su ogni pagina': 'write the notices with open errors too, marked DRAFT on every page',
  'genera anche le informative con errori aperti, marcate BOZZA su ogni pagina': 'generate the notices with open errors too, marked DRAFT on every page',
  'esce con 1 senza scrivere nulla se il registro ha errori aperti': 'exit with 1 and write nothing if the register has open errors',
  'valida uno o più registri: forma (JSON Schema), riferimenti, date': 'validate one or more registers: shape (JSON Schema), references, dates',
  'cartelle di registro (o che ne contengono), oppure singoli file di un registro':
    'register folders (or folders holding registers), or single files of a register',
  'formato: stylish, json, sarif, github, junit, codequality': 'format: stylish, json, sarif, github, junit, codequality',
  'scrive il risultato in un file invece che sullo schermo': 'write the result to a file instead of the screen',
  'lingua dei messaggi: it (predefinita) o en': 'language of the messages: it (default) or en',
  'esce con 1 se gli avvisi superano n': 'exit with 1 if there are more than n warnings',
  'mostra solo gli errori': 'show errors only',
  'niente colori': 'no colours',
  "riusa i risultati dei trattamenti non modificati dall'ultima esecuzione, salvati in questo file (da non versionare)":
    'reuse the results of processing activities unchanged since the last run, kept in this file (not to be committed)',
  'esporta il registro in Excel (xlsx), CSV o JSON': 'export the register to Excel (xlsx), CSV or JSON',
  'file da scrivere (predefinito: registro.xlsx, .csv o .json)': 'file to write (default: registro.xlsx, .csv or .json)',
  'xlsx, csv o json': 'xlsx, csv or json',
  'colonne in ordine, separate da virgole (ad esempio id,denominazione,finalita)': 'columns in order, separated by commas (for example id,denominazione,finalita)',
  'insieme di colonne: completo, garante o uno di registro.yaml': 'column set: completo, garante or one from registro.yaml',
  "solo i trattamenti di quest'area o ufficio": 'only the processing activities of this department or office',
  'esporta anche se alcuni file hanno errori di forma (senza quei file)': 'export even if some files have shape errors (without those files)',
  "genera l'informativa (artt. 13 e 14) di ogni servizio, completa e breve, in PDF e HTML":
    "generate each service's privacy notice (Arts 13 and 14), full and short, as PDF and HTML",
  'genera la sezione privacy del sito: pagina iniziale, informative per servizio, registro pubblico, sitemap':
    "generate the website's privacy section: home page, each service's notice, public register, sitemap",
  'la cartella del sito da pubblicare': 'the folder of the site to publish',
  'indirizzo web del sito pubblicato, per la sitemap e i collegamenti assoluti (ad esempio https://www.comune.esempio.it/privacy/)':
    'web address of the published site, for the sitemap and absolute links (for example https://www.comune.esempio.it/privacy/)',
  'scrive anche le pagine con errori aperti, marcate BOZZA': 'write the pages with open errors too, marked DRAFT',
  'i servizi (id dei file in servizi/)': 'the services (ids of the files in servizi/)',
  'tutti i servizi': 'all services',
  'dove scrivere le informative': 'where to write the notices',
  'pdf, html o pdf,html (predefinito: pdf,html)': 'pdf, html or pdf,html (default: pdf,html)',
  'genera anche se alcuni file hanno errori di forma': 'generate even if some files have shape errors',
  'modelli propri delle informative (informativa.hbs, breve.hbs, style.css, partials/, logo.png)':
    'your own notice templates (informativa.hbs, breve.hbs, style.css, partials/, logo.png)',
  'Chrome, Chromium o Edge da usare per i PDF': 'Chrome, Chromium or Edge to use for PDFs',
  'importa un registro esistente (xlsx, csv, tsv; ods e xls con LibreOffice) in file YAML':
    'import an existing register (xlsx, csv, tsv; ods and xls with LibreOffice) into YAML files',
  'il foglio del registro': 'the register spreadsheet',
  'la cartella del nuovo registro': 'the folder of the new register',
  'il foglio di lavoro da leggere (predefinito: il primo non vuoto)': 'the worksheet to read (default: the first one that is not empty)',
  'mappa delle colonne in YAML (colonne: { campo: "Intestazione" | numero }), sostituisce ogni deduzione':
    'column mapping in YAML (colonne: { field: "Heading" | number }), replaces every guess',
  'sovrascrive i file esistenti': 'overwrite existing files',
  'mostra quale colonna diventa quale campo (con il punteggio) e cosa resta fuori, senza scrivere nulla':
    'show which column becomes which field (with its score) and what is left out, writing nothing',
  'crea un nuovo registro da completare (titolare, un trattamento, un servizio) pronto per VS Code':
    'create a new register to complete (controller, one processing activity, one service) ready for VS Code',
  'dove crearlo': 'where to create it',
  'scrive gli schemi JSON in una cartella, o ne stampa uno': 'write the JSON Schemas to a folder, or print one',
  'uno schema da stampare (registro, soggetti, trattamento, servizio, attivita-responsabile, vocabolario)':
    'a schema to print (registro, soggetti, trattamento, servizio, attivita-responsabile, vocabolario)',
  'cartella in cui scrivere tutti gli schemi': 'folder to write all the schemas to',
  "server del linguaggio (LSP) su stdin/stdout: le regole di validate nell'editor, mentre scrivi":
    "language server (LSP) on stdin/stdout: the rules of validate in the editor, as you type",
  'non segnala gli errori di schema (li mostra già yaml-language-server)': 'leave schema errors out (yaml-language-server already shows them)',
  'elenca le verifiche, con severità e riferimento normativo': 'list the checks, with severity and legal reference',
  'in JSON': 'as JSON',
  'misura la leggibilità di testi (Markdown, HTML, PDF, testo): indice, fasce di lettura, frasi più lunghe':
    'measure the readability of texts (Markdown, HTML, PDF, plain text): index, reading bands, longest sentences',
  'i file da misurare': 'the files to measure',
  'formato: text o json': 'format: text or json',
  'gulpease (italiano) o flesch (inglese); predefinito: quello della lingua del testo': "gulpease (Italian) or flesch (English); default: the one of the text's language",
  'quante frasi lunghe mostrare per file (predefinito: 5)': 'how many long sentences to show per file (default: 5)',
  "esce con 1 se l'indice di un file è sotto n": "exit with 1 if a file's index is below n",
};

/** Placeholder words in flags and arguments (`--output <cartella>`). */
const TERMS: Record<string, string> = {
  cartella: 'folder',
  formato: 'format',
  lingua: 'language',
  programma: 'program',
  elenco: 'list',
  nome: 'name',
  testo: 'text',
  percorsi: 'paths',
  comando: 'command',
  opzioni: 'options',
  data: 'date',
  revisioni: 'revisions',
  attivita: 'activity',
  scheda: 'record',
};

/** Placeholder words that English writes as Italian does. */
const SAME_IN_ENGLISH = new Set(['file', 'id', 'n', 'url']);

/** Whether a placeholder word of the help (`<folder>`, `[paths...]`) is English. */
export function isEnglishTerm(word: string): boolean {
  return SAME_IN_ENGLISH.has(word) || Object.values(TERMS).includes(word);
}

export function englishDescription(italian: string): string {
  return DESCRIPTIONS[italian] ?? italian;
}

export function hasEnglish(italian: string): boolean {
  return italian in DESCRIPTIONS;
}

/** `--output <cartella>` -> `--output <folder>`, `[percorsi...]` -> `[paths...]`. */
export function englishTerm(term: string): string {
  if (TERMS[term]) return TERMS[term];
  return term.replace(/([<[])([^\]>.]+)(\.\.\.)?([>\]])/g, (all, open: string, word: string, dots: string | undefined, close: string) =>
    TERMS[word] ? `${open}${TERMS[word]}${dots ?? ''}${close}` : all,
  );
}
