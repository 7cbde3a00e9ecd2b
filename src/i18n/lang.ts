export type Lang = 'it' | 'en';

export function isLang(value: unknown): value is Lang {
  return value === 'it' || value === 'en';
}
