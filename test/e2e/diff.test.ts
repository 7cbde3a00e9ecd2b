import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marked, type Tokens } from 'marked';
import { parse, stringify } from 'yaml';
import { EXAMPLE, registro, remove, tempDir } from '../helpers.js';
import { GitRepo } from '../git-repo.js';

const MENSA = 'trattamenti/mensa-scolastica.yaml';
const repo = new GitRepo();
const commits: Record<string, string> = {};

interface JsonChange {
  change: string;
  kind: string;
  id: string;
  oldId?: string;
  fields: Array<{ field: string; label: string; single: boolean; before: string[]; after: string[] }>;
  effects: Array<{ id: string; text: string; reference: string; because: string[]; services: Array<{ id: string; name: string }> }>;
}

/** The changes of one commit against its parent, as `registro diff <c>~1..<c> --format json` gives them. */
function changesOf(commit: string): JsonChange[] {
  const run = registro(['diff', `${commit}~1..${commit}`, '--format', 'json'], { cwd: repo.reg });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout).changes;
}

const effectIds = (c: JsonChange | undefined) => (c?.effects ?? []).map((e) => e.id).sort();

beforeAll(() => {
  commits.init = repo.commit('Registro iniziale', '2025-01-10T09:00:00+01:00');
  // Same meaning, every byte different: keys in reverse order, lists reversed, other indentation, comments.
  for (const rel of [MENSA, 'trattamenti/anagrafe.yaml', 'servizi/mensa-scolastica.yaml']) {
    const data = parse(repo.read(rel)) as Record<string, unknown>;
    const reversed = Object.fromEntries(Object.entries(data).reverse().map(([k, v]) => [k, Array.isArray(v) ? [...v].reverse() : v]));
    repo.write(rel, `# riformattato\n${stringify(reversed, { indent: 4, defaultStringType: 'QUOTE_DOUBLE' })}`);
  }
  commits.reformat = repo.commit('Solo formattazione', '2025-02-01T09:00:00+01:00');
  repo.edit(MENSA, (d) => {
    d.finalita.push({ descrizione: 'Indagini di gradimento del servizio presso le famiglie', basi_giuridiche: [{ base: '6.1.e', norma: 'Regolamento comunale della refezione scolastica, art. 12' }] });
    d.aggiornato = '2025-03-01';
  });
  commits.purpose = repo.commit('Nuova finalità della mensa', '2025-03-01T09:00:00+01:00', 'Luca Bianchi');
  repo.edit(MENSA, (d) => d.destinatari.push({ categoria: 'altre-pa', descrizione: "ASL per la verifica delle diete" }));
  commits.recipient = repo.commit('Nuovo destinatario', '2025-04-01T09:00:00+01:00');
  const retention = (d: Record<string, any>, category: string) => d.conservazione.find((c: { categorie: string[] }) => c.categorie.includes(category));
  repo.edit(MENSA, (d) => (retention(d, 'salute').durata = '3 anni'));
  commits.longer = repo.commit('Diete conservate più a lungo', '2025-05-01T09:00:00+01:00');
  repo.edit(MENSA, (d) => (retention(d, 'economici').durata = '7 anni'));
  commits.shorter = repo.commit('Dati economici conservati meno a lungo', '2025-05-15T09:00:00+01:00');
  repo.edit('trattamenti/anagrafe.yaml', (d) => {
    d.profilazione = true;
    d.dati_particolari = [...(d.dati_particolari ?? []), { categoria: 'salute', condizione: '9.2.g', norma: 'D.P.R. 223/1989, art. 1' }];
  });
  repo.edit('trattamenti/contratti-gare.yaml', (d) => (d.larga_scala = true));
  commits.dpia = repo.commit('Anagrafe su larga scala, con dati sanitari', '2025-06-01T09:00:00+01:00');
  repo.edit('trattamenti/anagrafe.yaml', (d) => d.destinatari.push({ soggetto: 'sicurvideo', descrizione: 'Conservazione sostitutiva' }));
  commits.processor = repo.commit('Nuovo responsabile', '2025-07-01T09:00:00+01:00');
  repo.edit('trattamenti/tributi.yaml', (d) => {
    d.trasferimenti = [{ paese: 'CH', destinatario: 'gestionali-centro-italia', meccanismo: '45' }];
    d.interessati = [...d.interessati, 'imprese'];
    d.raccolta = 'presso-terzi';
  });
  commits.transfer = repo.commit('Tributi: trasferimento in Svizzera', '2025-08-01T09:00:00+01:00');
  repo.write('trattamenti/protocollo-generale.yaml', repo.read('trattamenti/protocollo.yaml'));
  repo.remove('trattamenti/protocollo.yaml');
  commits.rename = repo.commit('Protocollo rinominato', '2025-09-01T09:00:00+01:00');
  repo.edit('servizi/accesso-atti.yaml', (d) => d.trattamenti.push('contratti-gare'));
  commits.service = repo.commit('Accesso agli atti anche per le gare', '2025-09-15T09:00:00+01:00');
  // Changes the words of a line do not show: a key inside the DPO's details, a norm added to a recipient.
  repo.edit('registro.yaml', (d) => (d.rpd.contatti.telefono = '0761 555000'));
  repo.edit('trattamenti/accesso-civico.yaml', (d) => {
    const published = d.destinatari.find((r: { categoria?: string }) => r.categoria === 'diffusione');
    published.norma = 'D.Lgs. 33/2013, art. 5, c. 2';
    published.durata_pubblicazione = '3 anni';
    published.dati = ['identificativi', 'contatto'];
  });
  commits.inside = repo.commit('Telefono del RPD; norma della pubblicazione', '2025-09-20T09:00:00+01:00');
  repo.edit('vocabolario.yaml', (d) => {
    d.dati = [{ id: 'allergie', it: 'Dati sulle allergie alimentari', en: 'Food allergy data', classe: 'comune' }];
    d.traduzioni.en.push({ it: 'Testo che nessuna informativa mostra', en: 'A text no notice shows' });
  });
  repo.edit(MENSA, (d) => d.dati.push('allergie'));
  commits.term = repo.commit('Mensa: allergie', '2025-09-25T09:00:00+01:00');
  // Only vocabolario.yaml changes: a term's label and class, a translation the notices show.
  repo.edit('vocabolario.yaml', (d) => {
    Object.assign(d.dati[0], { it: 'Dati relativi ad allergie e intolleranze alimentari', classe: 'particolare' });
    d.traduzioni.en.find((t: { it: string }) => t.it === 'Mensa scolastica').en = 'School catering';
    d.traduzioni.en.find((t: { it: string }) => t.it === 'Testo che nessuna informativa mostra').en = 'Text shown by no notice';
  });
  commits.vocabulary = repo.commit('Vocabolario: allergie e traduzione', '2025-09-28T09:00:00+01:00');
  repo.edit('servizi/mensa-scolastica.yaml', (d) => (d.ufficio.orari = 'dal lunedì al venerdì, 9-12'));
  commits.office = repo.commit('Mensa: orari', '2025-09-29T09:00:00+01:00');
  repo.edit('registro.yaml', (d) => (d.titolare.dipendenti = 90));
  commits.employees = repo.commit('Dipendenti', '2025-09-30T09:00:00+01:00');
  repo.edit('soggetti.yaml', (d) => (d.soggetti.find((s: { id: string }) => s.id === 'ristorazione-collettiva').paese = 'FR'));
  commits.partyCountry = repo.commit('Ristorazione: sede in Francia', '2025-09-30T10:00:00+01:00');
  repo.remove(MENSA);
  commits.removed = repo.commit('Mensa tolta dal registro', '2025-10-01T09:00:00+01:00');
});

afterAll(() => repo.cleanup());

describe('registro diff between git revisions', () => {
  it('sees no change in a commit that only reformats, reorders keys and lists', () => {
    expect(changesOf(commits.reformat!)).toEqual([]);
    const run = registro(['diff', `${commits.init}..${commits.reformat}`], { cwd: repo.reg });
    expect(run.stdout).toMatch(/^Nessuna modifica al registro da [0-9a-f]{7} a [0-9a-f]{7}/);
  });

  it('takes the register folder beside the revision, in either order, as the other commands take it', () => {
    const range = `${commits.purpose}~1..${commits.purpose}`;
    const expected = registro(['diff', range, '--format', 'json'], { cwd: repo.reg }).stdout;
    for (const args of [[range, 'registro'], ['registro', range], [range, '--cartella', 'registro']]) {
      const run = registro(['diff', ...args, '--format', 'json'], { cwd: repo.top });
      expect(run.stderr, args.join(' ')).toBe('');
      expect(JSON.parse(run.stdout).changes).toEqual(JSON.parse(expected).changes);
    }
    // One folder and two revisions is no comparison this command knows.
    const wrong = registro(['diff', commits.init!, commits.purpose!, 'registro'], { cwd: repo.top });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('argomenti non validi');
  });

  it('classifies a new purpose: the notices of the services involved are named', () => {
    const [change, ...rest] = changesOf(commits.purpose!);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ change: 'modificato', kind: 'trattamento', id: 'mensa-scolastica' });
    const purposes = change!.fields.find((f) => f.field === 'finalita')!;
    expect(purposes.label).toBe('Finalità e basi giuridiche');
    expect(purposes.after).toEqual(['Indagini di gradimento del servizio presso le famiglie (6.1.e esecuzione di un compito di interesse pubblico o esercizio di pubblici poteri — Regolamento comunale della refezione scolastica, art. 12)']);
    expect(change!.fields.find((f) => f.field === 'aggiornato')).toMatchObject({ single: true, before: ['2026-09-30'], after: ['2025-03-01'] });
    const notices = change!.effects.find((e) => e.id === 'ripubblicare-informative')!;
    expect(notices.services.map((s) => s.name).sort()).toEqual(['Mensa scolastica']);
    expect(notices.reference).toContain('art. 13, par. 3');
  });

  it('a new recipient obliges new notices; a longer retention too, a shorter one not', () => {
    expect(effectIds(changesOf(commits.recipient!)[0])).toEqual(['ripubblicare-informative']);
    const longer = changesOf(commits.longer!)[0]!;
    expect(longer.fields[0]).toMatchObject({ field: 'conservazione', label: 'Termini di conservazione' });
    expect(longer.fields[0]!.after[0]).toMatch(/^3 anni dalla fine dell'anno scolastico/);
    expect(effectIds(longer)).toEqual(['ripubblicare-informative']);
    const shorter = changesOf(commits.shorter!)[0]!;
    expect(shorter.change).toBe('modificato');
    expect(effectIds(shorter)).toEqual([]);
  });

  it('new special data and a large scale ask for DPIA screening again', () => {
    const [anagrafe, gare] = changesOf(commits.dpia!);
    expect(anagrafe!.effects.find((e) => e.id === 'dpia-screening')!.because.sort()).toEqual(['Categorie particolari (art. 9)', 'Profilazione']);
    expect(gare!.id).toBe('contratti-gare');
    expect(gare!.effects.find((e) => e.id === 'dpia-screening')!.because).toEqual(['Larga scala']);
    expect(gare!.fields.find((f) => f.field === 'larga_scala')).toMatchObject({ single: true, before: [], after: ['sì'] });
  });

  it('a new processor asks for an art. 28 act', () => {
    const change = changesOf(commits.processor!)[0]!;
    expect(effectIds(change)).toContain('atto-art28');
    expect(change.effects.find((e) => e.id === 'atto-art28')!.reference).toBe('art. 28, par. 3, del Regolamento (UE) 2016/679');
  });

  it('shows old and new values in the register labels', () => {
    const change = changesOf(commits.transfer!)[0]!;
    expect(change.fields.find((f) => f.field === 'interessati')!.after).toEqual(['Imprese e loro rappresentanti']);
    expect(change.fields.find((f) => f.field === 'raccolta')).toMatchObject({ label: 'Raccolta', single: true, before: ["presso l'interessato e presso terzi (artt. 13 e 14)"], after: ['presso terzi (art. 14)'] });
    expect(change.fields.find((f) => f.field === 'trasferimenti')!.after[0]).toBe('Svizzera — Software Gestionali Centro Italia S.p.A. — 45 decisione di adeguatezza della Commissione');
    expect(effectIds(change)).toContain('ripubblicare-informative');
  });

  it('detects a rename: the same content under a new id', () => {
    expect(changesOf(commits.rename!)).toMatchObject([{ change: 'rinominato', id: 'protocollo-generale', oldId: 'protocollo', fields: [] }]);
  });

  it('a service that covers one more activity must republish its own notice', () => {
    const [change] = changesOf(commits.service!);
    expect(change).toMatchObject({ change: 'modificato', kind: 'servizio', id: 'accesso-atti' });
    expect(change!.fields).toEqual([{ field: 'trattamenti', label: 'Trattamenti coinvolti', single: false, before: [], after: ['Affidamento di contratti pubblici e gestione dei fornitori (contratti-gare)'] }]);
    expect(change!.effects.map((e) => [e.id, e.services.map((s) => s.id)])).toEqual([['ripubblicare-informative', ['accesso-atti']]]);
  });

  it('tells a change inside a map or a list entry by its keys, never as the same line taken out and put back', () => {
    const run = registro(['diff', `${commits.inside}~1..${commits.inside}`], { cwd: repo.reg });
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    const at = lines.indexOf('Titolare e registro (registro.yaml): modificato');
    expect(lines[at + 1]).toBe('  Responsabile della protezione dei dati › Contatti › Telefono: 0761 555199 → 0761 555000');
    // The DPO's contacts are in every notice: all the services republish theirs.
    expect(lines[at + 2]).toMatch(/^ {2}→ ripubblicare le informative dei servizi coinvolti: Accesso agli atti e accesso civico, .*Mensa scolastica/);
    const entry = lines.findIndex((l) => l.startsWith('    ~ Diffusione'));
    expect(lines[entry]).toContain('Registro degli accessi pubblicato in forma anonimizzata');
    // Every key by its label and every term by its label, never as written in the YAML.
    expect(lines.slice(entry + 1, entry + 4)).toEqual([
      '        Norma: D.Lgs. 33/2013, art. 5; Linee guida ANAC n. 1309/2016, par. 9 → D.Lgs. 33/2013, art. 5, c. 2',
      '        Durata della pubblicazione: 5 anni dal 1° gennaio dell\'anno successivo → 3 anni',
      '        Categorie di dati personali: (vuoto) → Dati anagrafici e identificativi, Dati di contatto',
    ]);
    expect(run.stdout).not.toMatch(/\n {4}- Diffusione/);
    const md = registro(['diff', `${commits.inside}~1..${commits.inside}`, '--format', 'markdown'], { cwd: repo.reg }).stdout;
    expect(md).toContain('| Titolare e registro (registro.yaml) | modificato: Responsabile della protezione dei dati › Contatti › Telefono |');
    expect(md).toMatch(/ {2}- modificato: Diffusione .*: Norma: D\.Lgs\. 33\/2013, art\. 5; Linee guida ANAC n\. 1309\/2016, par\. 9 → D\.Lgs\. 33\/2013, art\. 5, c\. 2/);
  });

  it('tells a change to a vocabulary term or a translation, with the services whose notices show it', () => {
    const changes = changesOf(commits.vocabulary!);
    const term = changes.find((c) => c.kind === 'termine')!;
    expect(term).toMatchObject({ change: 'modificato', id: 'dati/allergie' });
    expect(term.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ['Italiano', ['Dati sulle allergie alimentari'], ['Dati relativi ad allergie e intolleranze alimentari']],
      ['Classe', ['comune'], ['particolare']],
    ]);
    expect(effectIds(term)).toEqual(['dpia-screening', 'ripubblicare-informative']);
    expect(term.effects.find((e) => e.id === 'ripubblicare-informative')!.services.map((s) => s.id)).toEqual(['mensa-scolastica']);
    // A translation no notice shows obliges nothing.
    expect(changes.find((c) => c.id === 'Testo che nessuna informativa mostra')).toMatchObject({ change: 'modificato', effects: [] });
    const translation = changes.find((c) => c.kind === 'traduzione' && c.id === 'Mensa scolastica')!;
    expect(translation).toMatchObject({ change: 'modificato', id: 'Mensa scolastica' });
    expect(translation.effects.map((e) => [e.id, e.services.map((s) => s.id)])).toEqual([['ripubblicare-informative', ['mensa-scolastica']]]);
    const run = registro(['diff', `${commits.vocabulary}~1..${commits.vocabulary}`], { cwd: repo.reg });
    expect(run.stdout).toContain('Termine del vocabolario dati/allergie «Dati relativi ad allergie e intolleranze alimentari»: modificato');
    expect(run.stdout).toContain('Traduzione inglese di Mensa scolastica: modificato\n  Inglese: School meals → School catering\n  → ripubblicare le informative dei servizi coinvolti: Mensa scolastica');
    // Adding a term no notice shows yet obliges nothing by itself: the activity that uses it does.
    const added = changesOf(commits.term!).find((c) => c.kind === 'termine')!;
    expect(added).toMatchObject({ change: 'aggiunto', id: 'dati/allergie', effects: [] });
  });

  it('new opening hours of a service change what its notice says: it is republished', () => {
    const [change, ...rest] = changesOf(commits.office!);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ change: 'modificato', kind: 'servizio', id: 'mensa-scolastica' });
    expect(change!.fields.map((f) => f.label)).toEqual(['Ufficio › Orari di apertura']);
    expect(change!.effects.map((e) => [e.id, e.services.map((s) => s.id)])).toEqual([['ripubblicare-informative', ['mensa-scolastica']]]);
  });

  it('a recipient moving to another country changes the notices that name it', () => {
    const [change, ...rest] = changesOf(commits.partyCountry!);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ change: 'modificato', kind: 'soggetto', id: 'ristorazione-collettiva' });
    expect(change!.effects.map((e) => [e.id, e.services.map((s) => s.id)])).toEqual([['ripubblicare-informative', ['mensa-scolastica']]]);
  });

  it('what registro.yaml says outside the notices (the number of employees) obliges nothing', () => {
    const [change] = changesOf(commits.employees!);
    expect(change).toMatchObject({ kind: 'registro', effects: [] });
    expect(change!.fields.map((f) => [f.label, f.before, f.after])).toEqual([['Titolare del trattamento › Numero di dipendenti', ['86'], ['90']]]);
  });

  it('a removed activity still named by a service is reported with that service', () => {
    const change = changesOf(commits.removed!)[0]!;
    expect(change).toMatchObject({ change: 'rimosso', id: 'mensa-scolastica' });
    const orphan = change.effects.find((e) => e.id === 'servizi-orfani')!;
    expect(orphan.services.map((s) => s.id)).toEqual(['mensa-scolastica']);
  });

  it('stylish: records, + and - entries, what to do; A...B from the common ancestor', () => {
    const run = registro(['diff', `${commits.recipient}...${commits.longer}`], { cwd: repo.reg });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Trattamento mensa-scolastica «Refezione scolastica e diete speciali»: modificato');
    expect(run.stdout).toMatch(/\n {4}- 1 anno dalla fine dell'anno scolastico/);
    expect(run.stdout).toMatch(/\n {4}\+ 3 anni dalla fine dell'anno scolastico/);
    expect(run.stdout).toContain('→ ripubblicare le informative dei servizi coinvolti: Mensa scolastica (art. 13, par. 3');
    expect(run.stdout).toContain('1 scheda modificata, 1 adempimento da svolgere.');
  });

  it('markdown renders: a table of records and what to do, the details folded', () => {
    const run = registro(['diff', `${commits.init}..${commits.transfer}`, '--format', 'markdown'], { cwd: repo.reg });
    expect(run.status).toBe(0);
    const tokens = marked.lexer(run.stdout);
    const table = tokens.find((t) => t.type === 'table') as Tokens.Table;
    expect(table.header.map((h) => h.text)).toEqual(['Scheda', 'Modifica', 'Da fare']);
    expect(table.rows.map((r) => r.length)).toEqual(table.rows.map(() => 3));
    const rows = table.rows.map((r) => r.map((c) => c.text));
    expect(rows.find((r) => r[0]!.includes('`mensa-scolastica`'))![2]).toContain('ripubblicare le informative dei servizi coinvolti: Mensa scolastica');
    expect(rows.find((r) => r[0]!.includes('`anagrafe`'))![2]).toContain("ripetere lo screening della valutazione d'impatto");
    const html = marked.parse(run.stdout) as string;
    expect(html).toMatch(/<details><summary>Dettagli delle modifiche<\/summary>[\s\S]*<h4>Trattamento tributi[\s\S]*<\/details>/);
  });

  it('markdown keeps text from the register as text', () => {
    const hostile = new GitRepo();
    try {
      hostile.commit('init', '2025-01-01T10:00:00+01:00');
      hostile.edit(MENSA, (d) => (d.denominazione = 'Mensa | <img src=x onerror=alert(1)> **grassetto**'));
      hostile.commit('nome', '2025-01-02T10:00:00+01:00');
      const run = registro(['diff', 'HEAD~1..HEAD', '-f', 'markdown'], { cwd: hostile.reg });
      const html = marked.parse(run.stdout) as string;
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<strong>grassetto');
      const table = marked.lexer(run.stdout).find((t) => t.type === 'table') as Tokens.Table;
      expect(table.rows[0]!.length).toBe(3);
    } finally {
      hostile.cleanup();
    }
  });

  it('speaks English with --lang en', () => {
    const run = registro(['diff', `${commits.rename}~1..${commits.rename}`, '--lang', 'en'], { cwd: repo.reg });
    expect(run.stdout).toContain('Register changes from');
    expect(run.stdout).toContain('Processing activity protocollo → protocollo-generale "Gestione del protocollo informatico e dei flussi documentali": renamed');
  });

  it('compares the working tree with HEAD when no revision is given, without touching it', () => {
    repo.edit('trattamenti/anagrafe.yaml', (d) => (d.referente = 'Ufficiale di anagrafe'));
    const before = repo.git(['status', '--porcelain']);
    const run = registro(['diff', '--format', 'json'], { cwd: repo.reg });
    expect(JSON.parse(run.stdout).changes).toMatchObject([{ id: 'anagrafe', fields: [{ field: 'referente', before: ['Responsabile dei Servizi Demografici'], after: ['Ufficiale di anagrafe'] }] }]);
    expect(repo.git(['status', '--porcelain'])).toBe(before);
    repo.git(['checkout', '--', '.']);
  });

  it('says when a file cannot be read instead of hiding it', () => {
    repo.write('trattamenti/anagrafe.yaml', 'denominazione: [non chiuso\n');
    const run = registro(['diff', '-f', 'json'], { cwd: repo.reg });
    expect(run.stderr).toBe('registro: trattamenti/anagrafe.yaml (versione: la cartella di lavoro) non si legge (registro validate dice perché): il confronto lo tratta come assente\n');
    expect(JSON.parse(run.stdout).changes).toMatchObject([{ change: 'rimosso', id: 'anagrafe' }]);
    repo.git(['checkout', '--', '.']);
  });

  it('refuses an unknown revision with one Italian sentence', () => {
    const run = registro(['diff', 'nessun-ramo..HEAD'], { cwd: repo.reg });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('registro: "nessun-ramo" (nell\'intervallo "nessun-ramo..HEAD") non è una revisione git di questo repository (un ramo, un tag, un commit o ad esempio HEAD~1)\n');
    // A range that is no range of revisions: the side that failed, quoted with the whole range.
    const odd = registro(['diff', '../..:x'], { cwd: repo.reg });
    expect(odd.status).toBe(2);
    expect(odd.stderr).toBe('registro: "/..:x" (nell\'intervallo "../..:x") non è una revisione git di questo repository (un ramo, un tag, un commit o ad esempio HEAD~1)\n');
  });
});

describe('registro diff outside git', () => {
  it('compares two folders', () => {
    const dir = tempDir();
    try {
      cpSync(EXAMPLE, join(dir, 'prima'), { recursive: true });
      cpSync(EXAMPLE, join(dir, 'dopo'), { recursive: true });
      remove(join(dir, 'dopo/trattamenti/whistleblowing.yaml'));
      const run = registro(['diff', 'prima', 'dopo', '-f', 'json'], { cwd: dir });
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ from: 'prima', to: 'dopo', changes: [{ change: 'rimosso', id: 'whistleblowing' }] });
    } finally {
      remove(dir);
    }
  });

  it("an import's provenance is no change: the same register imported from two files", () => {
    const dir = tempDir();
    try {
      cpSync(EXAMPLE, join(dir, 'prima'), { recursive: true });
      cpSync(EXAMPLE, join(dir, 'dopo'), { recursive: true });
      const file = join(dir, 'dopo', MENSA);
      writeFileSync(file, `${readFileSync(file, 'utf8')}importazione:\n  file: registro-writer.odt\n  riga: 4\n  originali: { Finalità: Mensa }\n`);
      const run = registro(['diff', 'prima', 'dopo'], { cwd: dir });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe('Nessuna modifica al registro da prima a dopo: formattazione, ordine delle chiavi e delle voci non contano.\n');
    } finally {
      remove(dir);
    }
  });

  it('says revisions need git', () => {
    const dir = tempDir();
    try {
      cpSync(EXAMPLE, join(dir, 'registro'), { recursive: true });
      const run = registro(['diff', 'HEAD~1'], { cwd: join(dir, 'registro') });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^registro: il registro "\." non è in un repository git: per confrontare due versioni fuori da git indica due cartelle/);
    } finally {
      remove(dir);
    }
  });
});

describe('diff where there are several registers', () => {
  it('asks which one with --cartella', () => {
    const run = registro(['diff']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^registro: qui ci sono \d+ registri: indica quale confrontare con --cartella \(ad esempio --cartella registers\/comune-di-vallechiara\)\n$/);
  });
});
