/**
 * Italian (and English) words for the `yaml` parser's error codes, for the errors that
 * syntax-errors.ts cannot put in terms of the mistake; the parser's own text for any other code.
 */
export const syntaxWords: Record<string, { it: string; en: string }> = {
  BAD_INDENT: { it: 'indentazione errata', en: 'bad indentation' },
  TAB_AS_INDENT: { it: 'tabulazione usata per indentare: usa gli spazi', en: 'tab used for indentation: use spaces' },
  // Also "a key needs its value", "an item needs its dash": the closing quote has its own message.
  MISSING_CHAR: { it: 'manca un carattere atteso', en: 'an expected character is missing' },
  UNEXPECTED_TOKEN: { it: 'simbolo inatteso', en: 'unexpected token' },
  BLOCK_AS_IMPLICIT_KEY: { it: 'una struttura non può fare da chiave', en: 'a block cannot be an implicit key' },
  MULTILINE_IMPLICIT_KEY: { it: 'una chiave non può andare a capo', en: 'an implicit key cannot span lines' },
  MULTIPLE_DOCS: { it: 'il file contiene più documenti (---): una scheda per file', en: 'the file holds several documents (---): one record per file' },
  BAD_SCALAR_START: { it: 'il valore non può iniziare con questo carattere: mettilo tra virgolette', en: 'a plain value cannot start with this character: quote it' },
  BAD_DIRECTIVE: { it: 'direttiva YAML non valida', en: 'invalid YAML directive' },
  KEY_OVER_1024_CHARS: { it: 'chiave più lunga di 1024 caratteri', en: 'key longer than 1024 characters' },
  IMPOSSIBLE: { it: 'struttura impossibile', en: 'impossible structure' },
  BAD_ALIAS: { it: 'alias non valido', en: 'invalid alias' },
  TAG_RESOLVE_FAILED: { it: 'tag non riconosciuto', en: 'unresolved tag' },
  MISSING_ANCHOR: { it: 'alias senza ancora', en: 'alias without anchor' },
  BAD_COLLECTION_TYPE: { it: 'tipo di struttura non valido', en: 'bad collection type' },
  UNEXPECTED_FLOW_END: { it: 'chiusura inattesa di ] o }', en: 'unexpected ] or }' },
};
