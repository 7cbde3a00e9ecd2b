/** What every stage after loading produces: positioned findings, localised only at the end. */
import type { MessageId } from '../i18n/messages-it.js';

export type Severity = 'error' | 'warning';

/** 1-based line and column (UTF-16 code units, as editors count them). */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type MessageParams = Record<string, string | number>;

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  /** Path of the file as shown to the user: relative to the working directory, forward slashes. */
  file: string;
  range: Range;
  messageId: MessageId;
  params: MessageParams;
  /** JSON Pointer of the node concerned, for findings of rules (matches `eccezioni`). */
  pointer?: string;
  /** Set when an `eccezioni` entry of the file silences this finding, with its written reason. */
  suppressed?: { reason: string };
}

/** A diagnostic with its message rendered in the chosen language. */
export interface LocalizedDiagnostic extends Diagnostic {
  message: string;
}

export const START_OF_FILE: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
