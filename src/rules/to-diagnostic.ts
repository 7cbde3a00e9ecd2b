import type { Diagnostic } from '../diagnostics/types.js';
import type { Finding } from './types.js';

/** Places a rule's finding in its file: at the key of the entry, or at its value. */
export function toDiagnostic(ruleId: string, severity: Diagnostic['severity'], finding: Finding): Diagnostic {
  const { file, pointer } = finding;
  const range = finding.at !== 'value' ? file.positions.key(pointer) : ((finding.words ? file.positions.wordsInValue(pointer, finding.words) : undefined) ?? file.positions.value(pointer));
  return { ruleId, severity, file: file.displayPath, range, messageId: finding.messageId, params: finding.params, pointer };
}
