import type { Lang } from './lang.js';

// Written out rather than asked of Intl.DateTimeFormat: its first use loads ICU's calendar data,
// about 40 ms of every command that renders a notice, for twelve words that never change.
export const MONTHS: Record<Lang, readonly string[]> = {
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
