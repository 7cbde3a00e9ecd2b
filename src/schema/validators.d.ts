// Types of dist/schema/validators.js, which `npm run build` generates from schemas/ with Ajv's
// standalone code (so the schemas are never compiled at run time).
import type { ErrorObject } from 'ajv';

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const registro: CompiledValidator;
export const soggetti: CompiledValidator;
export const trattamento: CompiledValidator;
export const servizio: CompiledValidator;
export const attivitaResponsabile: CompiledValidator;
export const vocabolario: CompiledValidator;
