import type { Lang } from '../i18n/lang.js';
import type { ChangeKind } from './compare.js';

/** "da la cartella" is "dalla cartella", "a la cartella" is "alla cartella": the prepositions join the article. */
const da = (what: string) => (what.startsWith('la ') ? `dalla ${what.slice(3)}` : `da ${what}`);
const a = (what: string) => (what.startsWith('la ') ? `alla ${what.slice(3)}` : `a ${what}`);

/** The words of the diff and history outputs, in both languages. */
export const WORDS = {
  it: {
    change: { aggiunto: 'aggiunto', rimosso: 'rimosso', rinominato: 'rinominato', modificato: 'modificato' } as Record<ChangeKind, string>,
    title: (from: string, to: string) => `Modifiche al registro ${da(from)} ${a(to)}`,
    none: (from: string, to: string) => `Nessuna modifica al registro ${da(from)} ${a(to)}: formattazione, ordine delle chiavi e delle voci non contano.`,
    added: 'aggiunto',
    removed: 'tolto',
    changedEntry: 'modificato',
    renamedFrom: 'prima',
    todo: 'Da fare',
    record: 'Scheda',
    what: 'Modifica',
    details: 'Dettagli delle modifiche',
    services: 'servizi',
    summary: (n: number, obligations: number) => `${n === 1 ? '1 scheda modificata' : `${n} schede modificate`}, ${obligations === 1 ? '1 adempimento' : `${obligations} adempimenti`} da svolgere.`,
    workingTree: 'la cartella di lavoro',
    created: 'creato',
    present: 'già presente all\'inizio della storia scaricata (clone superficiale)',
    unreadable: 'file non leggibile (non è YAML valido): il contenuto di questa versione non si conosce',
    notCommitted: (id: string) => `"${id}" è nel registro ma in nessun commit: la sua storia comincia quando lo committi.`,
    history: (id: string) => `Storia di ${id}`,
    noHistory: (id: string) => `Nessuna modifica a "${id}" nella storia git del registro.`,
    emptyField: '(vuoto)',
    // The name beside the id, in each language's quotation marks.
    named: (name: string) => `«${name}»`,
  },
  en: {
    change: { aggiunto: 'added', rimosso: 'removed', rinominato: 'renamed', modificato: 'changed' } as Record<ChangeKind, string>,
    title: (from: string, to: string) => `Register changes from ${from} to ${to}`,
    none: (from: string, to: string) => `No change to the register from ${from} to ${to}: formatting, the order of keys and of entries do not count.`,
    added: 'added',
    removed: 'removed',
    changedEntry: 'changed',
    renamedFrom: 'formerly',
    todo: 'To do',
    record: 'Record',
    what: 'Change',
    details: 'Details of the changes',
    services: 'services',
    summary: (n: number, obligations: number) => `${n === 1 ? '1 record changed' : `${n} records changed`}, ${obligations === 1 ? '1 obligation' : `${obligations} obligations`} to meet.`,
    workingTree: 'the working tree',
    created: 'created',
    present: 'already present at the start of the fetched history (shallow clone)',
    unreadable: 'file cannot be read (not valid YAML): the content of this version is unknown',
    notCommitted: (id: string) => `"${id}" is in the register but in no commit: its history starts when you commit it.`,
    history: (id: string) => `History of ${id}`,
    noHistory: (id: string) => `No change to "${id}" in the register's git history.`,
    emptyField: '(empty)',
    named: (name: string) => `"${name}"`,
  },
} satisfies Record<Lang, unknown>;
