import type { Diagnostic } from '../diagnostics/types.js';

/**
 * Whether registro shows a finding itself. Suppressed findings never; with `--no-schema` the
 * findings yaml-language-server shows already for the same text are left to it, so that the two
 * servers do not repeat each other: the JSON Schema errors (not the folder a record belongs in), the parser's syntax errors (an
 * unclosed bracket too) and duplicate keys. It stays silent on the rest, which registro keeps:
 * a file with nothing but comments (`il file è vuoto`), several documents in one file, tags,
 * anchors and aliases, complex keys, nesting too deep (checked with yaml-language-server 1.x).
 * @param textOf the file's text, asked only for an empty file's finding
 */
export function isShown(d: Diagnostic, schema: boolean, textOf: () => string | undefined): boolean {
  if (d.suppressed) return false;
  if (schema) return true;
  // A record in the wrong folder: yaml-language-server shows the schema errors of the folder, not why.
  if (d.ruleId === 'schema') return d.messageId === 'schema.wrongFolder' || (d.messageId === 'schema.empty' && onlyComments(textOf()));
  if (d.messageId === 'yaml.duplicateKey' || d.messageId === 'yaml.unclosedFlow') return false;
  // The parser's own errors, in its words or in those of the mistake (syntax-errors.ts), carry its
  // code; MULTIPLE_DOCS is ours (yaml-language-server takes any number of documents).
  if (d.ruleId === 'yaml-syntax' && typeof d.params.code === 'string') return d.params.code === 'MULTIPLE_DOCS';
  return true;
}

/** yaml-language-server reports `---` or `~` alone (a document that is no mapping), not a file of comments. */
function onlyComments(text: string | undefined): boolean {
  return text === undefined || text.split('\n').every((line) => /^\s*(#.*)?$/.test(line));
}
