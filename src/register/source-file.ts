import { isSystemError, UsageError } from '../util/errors.js';
import type { MessageId } from '../i18n/messages-it.js';
import { readBounded } from '../util/read-bounded.js';
import { START_OF_FILE, type Diagnostic, type MessageParams, type Range, type Severity } from '../diagnostics/types.js';
import { decode } from './encoding.js';
import { parseYaml } from './parse-yaml.js';
import { entrySource } from './entry-source.js';
import type { NodeSpans } from './node-spans.js';
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
  /** Node spans from the fast parse, kept for positions (and sent back by worker threads). */
  spans?: NodeSpans;
  /** Drops the parsed tree once the file has been checked against its schema. */
  release?: () => void;
}

export interface FileRef {
  kind: FileKind;
  path: string;
  displayPath: string;
  id: string;
  /** The file's bytes when they come from elsewhere than the disk (a git revision): then `path` is never read. */
  contents?: Uint8Array;
}

/** Reads, decodes and parses one file. Never throws: every failure becomes a diagnostic. */
export function loadSourceFile(ref: FileRef): SourceFile {
  const diagnostics: Diagnostic[] = [];
  // The bytes are not kept in the file: only its text is.
  const { contents, ...where } = ref;
  const fail = (messageId: MessageId, params: MessageParams, range: Range, ruleId = 'encoding'): SourceFile => {
    diagnostics.push({ ruleId, severity: 'error', file: ref.displayPath, range, messageId, params });
    return { ...where, text: '', data: undefined, positions: new PositionIndex(undefined, ''), diagnostics };
  };

  if (contents && contents.byteLength > MAX_FILE_BYTES) return fail('file.tooLarge', { size: contents.byteLength, limit: MAX_FILE_BYTES }, START_OF_FILE, 'file');
  let bytes: Buffer;
  try {
    // Files read from git come as bytes; from disk, the size is checked on the open file before any
    // byte is read, so a sparse 1.5 GB file costs nothing.
    bytes = contents ? Buffer.from(contents.buffer, contents.byteOffset, contents.byteLength) : readBounded(ref.path, MAX_FILE_BYTES);
  } catch (error) {
    if (error instanceof UsageError && error.messageId === 'usage.fileTooLarge') return fail('file.tooLarge', { size: error.params.bytes ?? 0, limit: MAX_FILE_BYTES }, START_OF_FILE, 'file');
    if (error instanceof UsageError) return fail('file.unreadable', { reason: String(error.params.reason ?? error.messageId.replace('usage.', '')) }, START_OF_FILE, 'file');
    if (!isSystemError(error)) throw error;
    return fail('file.unreadable', { reason: error.code }, START_OF_FILE, 'file');
  }

  return sourceFromBytes(where, bytes);
}

/** Decodes and parses the bytes of one file (read from disk or git, or an editor's unsaved text). */
export function sourceFromBytes(ref: FileRef, bytes: Buffer): SourceFile {
  const diagnostics: Diagnostic[] = [];
  const fail = (messageId: MessageId, params: MessageParams, range: Range, ruleId = 'encoding'): SourceFile => {
    diagnostics.push({ ruleId, severity: 'error', file: ref.displayPath, range, messageId, params });
    return { ...ref, text: '', data: undefined, positions: new PositionIndex(undefined, ''), diagnostics };
  };
  if (bytes.length > MAX_FILE_BYTES) return fail('file.tooLarge', { size: bytes.length, limit: MAX_FILE_BYTES }, START_OF_FILE, 'file');
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const start = new LineIndex(decoded.textBefore).position(decoded.textBefore.length);
    const at: Range = { start, end: { line: start.line, column: start.column + 1 } };
    return fail(decoded.messageId, decoded.byte ? { byte: decoded.byte } : {}, at);
  }

  const text = decoded.text;
  const parsed = parseYaml(text);
  // Keep a `yaml` tree (rare: files the fast path refused) only while this file is checked, so
  // that a large register does not hold every tree in memory; the fast path's spans are small.
  let doc = parsed.doc;
  const positions = new PositionIndex(entrySource(text, parsed.data, parsed.spans, () => doc), text);
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
  const file: SourceFile = { ...ref, text, data: parsed.data, positions, diagnostics, spans: parsed.spans, release: () => (doc = undefined) };
  return file;
}

