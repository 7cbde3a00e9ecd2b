import type { Document } from 'yaml';
import type { NodeSpans } from './node-spans.js';
import { spanEntries } from './span-entries.js';
import { parseYamlDocument } from './parse-yaml.js';
import { entriesOfDocument, type EntrySource } from './positions.js';

/**
 * How a file finds its positions when a finding first asks: from the spans recorded by the fast
 * parse (one cheap pass over them), else from the `yaml` document; the full parser runs again
 * only for a form the span reader does not follow, or when the document was already released.
 */
export function entrySource(text: string, data: unknown, spans: NodeSpans | undefined, doc: () => Document | undefined): EntrySource {
  return () => {
    const fromSpans = spans ? spanEntries(spans, text, data) : undefined;
    return fromSpans ?? entriesOfDocument(doc() ?? parseYamlDocument(text).doc);
  };
}
