import type { MessageParams } from '../diagnostics/types.js';

/** Why the system refused to write a path, in the words of the user's mistake. */
const REASONS: Record<string, string> = {
  EISDIR: 'è una cartella, indica un file',
  EEXIST: "al suo posto, o in una cartella del percorso, c'è già un file",
  ENOTDIR: 'una parte del percorso è un file, non una cartella',
  ENAMETOOLONG: 'il nome è troppo lungo',
  EACCES: 'permesso negato',
  EPERM: 'permesso negato',
  ENOSPC: 'il disco è pieno',
  EROFS: 'il disco è di sola lettura',
  ENOENT: 'la cartella non esiste e non si può creare',
};

/**
 * What a command that writes many files leaves when one cannot be written: that one untouched,
 * and the others it wrote whole. Saying "no file was written" then would hide an output
 * folder left half new, half old.
 */
/** Why one of registro's own files in the output folder cannot be read. */
const STATE_REASONS: Record<string, string> = {
  notRegular: 'è una cartella, una FIFO o un dispositivo',
  tooLarge: 'è troppo grande per essere suo',
  EACCES: 'permesso negato',
  EPERM: 'permesso negato',
};

function whatRemains(written: number): string {
  if (written === 0) return 'nessun file è stato scritto';
  const others = written === 1 ? "l'altro file scritto resta" : `gli altri ${written} file scritti restano`;
  return `questo file non è stato scritto, ${others}: il risultato è incompleto, rilancia il comando dopo aver risolto`;
}

/** Italian messages about the files registro writes. */
export const writeIt = {
  'usage.cannotWrite': (p) => `impossibile scrivere "${p.path}": ${REASONS[String(p.code)] ?? String(p.code)}; ${whatRemains(Number(p.written ?? 0))}`,
  'usage.stateFileUnreadable': (p) => `"${p.path}" è il file in cui registro tiene nota di ciò che ha scritto nella cartella di uscita, ma non si legge (${STATE_REASONS[String(p.reason)] ?? String(p.reason)}): toglilo (registro lo riscrive) o scegli un'altra cartella con -o; nessun file è stato scritto`,
  'usage.printTimeout': (p) => `la stampa in PDF di «${p.title}» non è finita in ${p.seconds} secondi: di solito il foglio di stile dei modelli propri la rende lunghissima (un'altezza enorme, un'interruzione di pagina dopo ogni riga); controlla style.css. Il PDF di questa informativa non è stato scritto`,
} satisfies Record<string, (p: MessageParams) => string>;
