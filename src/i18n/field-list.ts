import { fieldLabel } from '../history/field-labels.js';
import type { Lang } from './lang.js';

/** Fields named by their keys ("rpd.contatti,titolare.denominazione"), in words, comma-separated. */
export function fieldLabels(fields: string | number | undefined, lang: Lang): string {
  return String(fields ?? '').split(',').filter(Boolean).map((field) => fieldLabel(field, lang)).join(', ');
}
