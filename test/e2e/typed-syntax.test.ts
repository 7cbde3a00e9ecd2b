import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL, registerWith, registro, remove } from '../helpers.js';
import { fully, lspSessions, validated } from '../lsp-harness.js';

const mensa = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8');
/** The record with one line changed, as a DPO types it by hand. */
const typed = (from: RegExp, to: string) => mensa.replace(from, to);

/**
 * The mistakes of a record typed by hand, each with the one message that says what to fix, at
 * the character to fix: the parser's words ("una struttura non può fare da chiave" at the start
 * of a value) told a DPO nothing of the colon in "Orari: lun-ven" twenty columns further on.
 */
const cases: Record<string, { text: string; at: string; says: string }> = {
  'orari.yaml': {
    text: typed(/^denominazione: .*$/m, 'denominazione: Refezione - Orari: lun-ven 12-14'),
    at: '1:33',
    says: 'i due punti seguiti da uno spazio fanno leggere il resto del valore come una nuova chiave: se fanno parte del testo, metti il valore tra virgolette (denominazione: "Refezione - Orari: lun-ven 12-14")',
  },
  'norma-rientrata.yaml': {
    text: typed(/^ {8}norma:/m, '          norma:'),
    at: '6:11',
    says: 'la chiave "norma" ha 10 spazi di rientro e "base" nella riga sopra 8: le chiavi della stessa voce vanno allineate, una sotto l\'altra',
  },
  'decorrenza-3-spazi.yaml': {
    text: typed(/^ {4}decorrenza:/m, '   decorrenza:'),
    at: '15:4',
    says: 'la chiave "decorrenza" ha 3 spazi di rientro e "durata" nella riga sopra 4: le chiavi della stessa voce vanno allineate, una sotto l\'altra',
  },
  'virgolette-aperte.yaml': {
    text: typed(/^denominazione: .*$/m, 'denominazione: "Refezione scolastica'),
    at: '1:16',
    says: 'le virgolette " aperte qui non sono mai chiuse: aggiungi " alla fine del testo',
  },
  'frase-a-capo.yaml': {
    // A sentence pasted from Word, broken where the line was: the quote is closed, on the next line.
    text: typed(/^denominazione: .*$/m, 'denominazione: "Refezione scolastica delle scuole\ndell\'infanzia e primarie"'),
    at: '2:1',
    says: 'questa riga continua il testo tra virgolette di "denominazione" della riga sopra, ma non è rientrata: aggiungi almeno due spazi all\'inizio della riga',
  },
  'apostrofo.yaml': {
    text: typed(/^ {4}decorrenza: .*$/m, "    decorrenza: 'dall'inizio dell'anno scolastico'"),
    at: '15:22',
    says: "l'apostrofo di \"dall'inizio\" chiude le virgolette semplici aperte prima: scrivilo due volte (dall''inizio) o metti il testo tra virgolette doppie",
  },
  'apostrofo-e-due-punti.yaml': {
    // The colon after the apostrophe made the parser speak of a nested key, and the fix offered
    // was the single-quoted text inside double quotes.
    text: typed(/^denominazione: .*$/m, "denominazione: 'Mensa dell'istituto: refezione'"),
    at: '1:27',
    says: "l'apostrofo di \"dell'istituto\" chiude le virgolette semplici aperte prima: scrivilo due volte (dell''istituto) o metti il testo tra virgolette doppie",
  },
  'virgolette-dentro.yaml': {
    text: typed(/^denominazione: .*$/m, 'denominazione: "Servizio "Mensa" scolastica"'),
    at: '1:26',
    says: 'le virgolette doppie prima di Mensa chiudono il testo aperto da quelle all\'inizio del valore: dentro il testo scrivile \\" oppure racchiudi il valore tra virgolette semplici',
  },
  'parentesi-aperta.yaml': {
    text: typed(/^interessati: .*$/m, 'interessati: [genitori, alunni'),
    at: '7:14',
    says: 'la parentesi [ aperta qui non è mai chiusa: manca ]',
  },
  'chiave-senza-due-punti.yaml': {
    text: typed(/^trasferimenti: \[\]$/m, 'trasferimenti'),
    at: '12:1',
    says: '"trasferimenti" non ha i due punti: una chiave si scrive chiave: valore',
  },
  'asterisco.yaml': {
    // A Word bullet typed as an asterisk: YAML read an alias with no name, and said so twice.
    text: typed(/^ {4}fonte: .*$/m, '    fonte: * vedi Piano di conservazione'),
    at: '16:12',
    says: 'il carattere * all\'inizio di un valore ha un significato speciale in YAML: se fa parte del testo (un punto elenco, una nota), metti il valore tra virgolette ("* vedi Piano di conservazione"); le voci di un elenco cominciano con un trattino e uno spazio (- )',
  },
  'chiocciola.yaml': {
    text: typed(/^denominazione: .*$/m, 'denominazione: @Mensa'),
    at: '1:16',
    says: 'il carattere @ all\'inizio di un valore ha un significato speciale in YAML: se fa parte del testo (un punto elenco, una nota), metti il valore tra virgolette ("@Mensa"); le voci di un elenco cominciano con un trattino e uno spazio (- )',
  },
  'esclamativo.yaml': {
    // A tag: once a warning "tag non riconosciuto" and once an error at the end of the value.
    text: typed(/^denominazione: .*$/m, 'denominazione: !Importante Mensa'),
    at: '1:16',
    says: 'tag YAML "!Importante" non ammesso: usa valori semplici; se il punto esclamativo fa parte del testo, metti il valore tra virgolette',
  },
  'virgolette-word.yaml': {
    text: typed(/^denominazione: .*$/m, 'denominazione: “Mensa: refezione”'),
    at: '1:22',
    says: 'i due punti seguiti da uno spazio fanno leggere il resto del valore come una nuova chiave: se fanno parte del testo, metti il valore tra virgolette (denominazione: "Mensa: refezione")',
  },
  'parentesi-in-piu.yaml': {
    // One "]" too many: the parser met every later key outside the record and named each, 12 errors in all.
    text: typed(/^interessati: .*$/m, 'interessati: [genitori, 😀 alunni]]'),
    at: '7:35',
    says: "la parentesi ] non chiude nessuna parentesi [ aperta prima: toglila, o aggiungi [ dove l'elenco comincia",
  },
  'graffa-in-piu-windows.yaml': {
    // Saved on Windows: the columns are those of the line without its CR.
    text: typed(/^trasferimenti: .*$/m, 'trasferimenti: []}').replace(/\n/g, '\r\n'),
    at: '12:18',
    says: "la parentesi } non chiude nessuna parentesi { aperta prima: toglila, o aggiungi { dove l'elenco comincia",
  },
  'tabulazioni.yaml': {
    // Only the tabs: the parser, misreading what they shift, also found "a block as a key" and a
    // "missing closing character" that were not there.
    text: mensa
      .replace('  - categoria: scuole\n', "  - categoria: scuole\n    descrizione: Comunicazione all'istituto comprensivo\n")
      .replace(/^ {2}/gm, '\t'),
    at: '3:1 4:1 5:1 6:1 10:1 11:1 12:1 15:1 16:1 17:1',
    says: 'errore di sintassi YAML: tabulazione usata per indentare: usa gli spazi',
  },
};

describe('validate: the mistakes of a record typed by hand, one message each, at the character to fix', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach(remove));
  const files = Object.fromEntries(Object.entries(cases).map(([name, c]) => [`trattamenti/${name}`, c.text]));

  it('says what to fix at its line and column, exit 1, nothing else on those files', () => {
    const dir = registerWith(files);
    dirs.push(dir);
    const run = registro(['validate', '.', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const found = (JSON.parse(run.stdout) as { diagnostics: Array<{ file: string; line: number; column: number; message: string; ruleId: string; severity: string }> }).diagnostics;
    for (const [name, c] of Object.entries(cases)) {
      const here = found.filter((d) => d.file === `trattamenti/${name}`);
      expect(here.map((d) => `${d.line}:${d.column}`).join(' '), name).toBe(c.at);
      expect(new Set(here.map((d) => d.message)), name).toEqual(new Set([c.says]));
      expect(new Set(here.map((d) => d.ruleId)), name).toEqual(new Set(['yaml-syntax']));
      expect(new Set(here.map((d) => d.severity)), name).toEqual(new Set(['error']));
    }
  });

  it('says it in English with --lang en', () => {
    const dir = registerWith({ 'trattamenti/orari.yaml': cases['orari.yaml']!.text, 'trattamenti/apostrofo.yaml': cases['apostrofo.yaml']!.text, 'trattamenti/parentesi.yaml': cases['parentesi-in-piu.yaml']!.text });
    dirs.push(dir);
    const run = registro(['validate', '.', '--lang', 'en'], { cwd: dir });
    expect(run.stdout).toContain('trattamenti/orari.yaml:1:33  error  a colon followed by a blank makes the rest of the value read as a new key: if it is part of the text, quote the value (denominazione: "Refezione - Orari: lun-ven 12-14")  yaml-syntax');
    expect(run.stdout).toContain('trattamenti/parentesi.yaml:7:35  error  the bracket ] closes no [ opened before it: remove it, or add [ where the list begins  yaml-syntax');
    expect(run.stdout).toContain(`trattamenti/apostrofo.yaml:15:22  error  the apostrophe of "dall'inizio" closes the single quotes opened before it: write it twice (dall''inizio) or use double quotes  yaml-syntax`);
  });
});

describe('registro lsp: the same message at the same place while the line is being typed', () => {
  const lsp = lspSessions();

  it('publishes for each half-typed line what validate says of it once saved', async () => {
    const dir = lsp.copy(MINIMAL);
    const rel = 'trattamenti/mensa.yaml';
    const client = await lsp.start(dir);
    const uri = await lsp.open(client, dir, rel);
    await client.diagnosticsFor(uri);
    let version = 2;
    for (const [name, c] of Object.entries(cases)) {
      await client.change(uri, version++, c.text);
      const published = fully(await client.diagnosticsFor(uri, (d) => d.length > 0));
      // fully() sorts as text: 10:1 before 3:1.
      expect(published.map((d) => d.split('-')[0]), name).toEqual(c.at.split(' ').sort());
      expect(published.every((d) => d.endsWith(` yaml-syntax ${c.says}`)), name).toBe(true);
      const saved = lsp.copy(MINIMAL, { [rel]: c.text });
      expect(published, name).toEqual(validated(saved, rel));
    }
    expect(client.process.exitCode).toBe(null);
  }, 120_000);
});
