import { count } from './plural.js';

/**
 * What a register has open, for the line every output prints: the counts that are not zero,
 * "0 errori aperti" never said. Called with at least one of the two above zero.
 */
export function openStateIt(errors: number, warnings: number): string {
  const openErrors = count(errors, 'errore aperto', 'errori aperti');
  const openWarnings = count(warnings, 'avviso', 'avvisi');
  if (errors === 0) return `non ha errori aperti, ma ha ${openWarnings}`;
  return warnings === 0 ? `ha ${openErrors}` : `ha ${openErrors} e ${openWarnings}`;
}

export function openStateEn(errors: number, warnings: number): string {
  const openErrors = count(errors, 'open error', 'open errors');
  const openWarnings = count(warnings, 'warning', 'warnings');
  if (errors === 0) return `has no open errors, but has ${openWarnings}`;
  return warnings === 0 ? `has ${openErrors}` : `has ${openErrors} and ${openWarnings}`;
}
