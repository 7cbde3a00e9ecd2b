import { fileURLToPath } from 'node:url';

/** Folders shipped with the package (beside dist/): schemas and templates. */
export const SCHEMAS_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));
export const DOCS_DIR = fileURLToPath(new URL('../../docs/', import.meta.url));
