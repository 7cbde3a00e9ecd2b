import { isSystemError, UsageError } from '../util/errors.js';
import type { MessageId } from '../i18n/messages-it.js';
import { readBounded } from '../util/read-bounded.js';
import { START_OF_FILE, type Diagnostic, type MessageParams, type Range, type Severity } from '../diagnostics/types.js';
import { decode } from './encoding.js';
import { parseYaml, parseYamlDocument } from './parse-yaml.js';
import { PositionIndex } from './positions.js';
import { LineIndex } from './line-index.js';
import type { FileKind } from './layout.js';

/** Records are small; anything larger is refused before parsing (a hostile or wrong file). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** One YAML file of a register, parsed, with the positions of its nodes and its loader findings. */
export interface SourceFile {
  kind: FileKind;
  /** Absolute path on disk. */
  path: string;
  /** Path shown in diagnostics: relative to the working directory, forward slashes. */
  displayPath: string;
  /** Id of the record (file name without extension) for files that are records. */
  id: string;
  text: string;
  /** Parsed data; undefined when the file could not be read or trusted. */
  data: unknown;
  positions: PositionIndex;
  diagnostics: Diagnostic[];
  /** Drops the parsed tree once the file has been checked against its schema. */
  release?: () => void;
}

export interface FileRef {
  kind: FileKind;
  path: string;
  displayPath: string;
  id: string;
}

/** Reads, decodes and parses one file. Never throws: every failure becomes a diagnostic. */
export function loadSourceFile(ref: FileRef): SourceFile {
  const diagnostics: Diagnostic[] = [];
  const fail = (messageId: MessageId, params: MessageParams, range: Range, ruleId = 'encoding'): SourceFile => {
    diagnostics.push({ ruleId, severity: 'error', file: ref.displayPath, range, messageId, params });
    return { ...ref, text: '', data: undefined, positions: new PositionIndex(undefined, ''), diagnostics };
  };

  let bytes: Buffer;
  try {
    // The size is checked on the open file before any byte is read: a sparse 1.5 GB file costs nothing.
    bytes = readBounded(ref.path, MAX_FILE_BYTES);
  } catch (error) {
    if (error instanceof UsageError && error.messageId === 'usage.fileTooLarge') return fail('file.tooLarge', { size: error.params.bytes ?? 0, limit: MAX_FILE_BYTES }, START_OF_FILE, 'file');
    if (error instanceof UsageError) return fail('file.unreadable', { reason: String(error.params.reason ?? error.messageId.replace('usage.', '')) }, START_OF_FILE, 'file');
    if (!isSystemError(error)) throw error;
    return fail('file.unreadable', { reason: error.code }, START_OF_FILE, 'file');
  }

  const decoded = decode(bytes);
  if (!decoded.ok) {
    const start = new LineIndex(decoded.textBefore).position(decoded.textBefore.length);
    const at: Range = { start, end: { line: start.line, column: start.column + 1 } };
    return fail(decoded.messageId, decoded.byte ? { byte: decoded.byte } : {}, at);
  }

  const text = decoded.text;
  const parsed = parseYaml(text);
  // Keep the parsed tree only while this file is checked; positions of later findings (rare)
  // parse the text again, so that a large register does not hold every tree in memory.
  let doc = parsed.doc;
  const positions = new PositionIndex(() => doc ?? parseYamlDocument(text).doc, text);
  for (const p of parsed.problems) {
    diagnostics.push({
      ruleId: p.ruleId,
      severity: p.severity as Severity,
      file: ref.displayPath,
      range: positions.rangeOfOffsets(p.start, p.end),
      messageId: p.messageId,
      params: p.params,
    });
  }
  const file: SourceFile = { ...ref, text, data: parsed.data, positions, diagnostics, release: () => (doc = undefined) };
  return file;
}

