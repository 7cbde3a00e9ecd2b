import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Range } from '../diagnostics/types.js';
import { LineIndex } from './line-index.js';

/** The character span of a key and of its value, by offsets into the text. */
export type Span = readonly [number, number];
export interface Entry {
  key?: Span;
  value: Span;
}

/** What a position index answers: the entry at a pointer (a Map of every entry is one). */
export interface Entries {
  get(pointer: string): Entry | undefined;
  has(pointer: string): boolean;
}

/** Where a file's pointer index comes from: built on the first question, at most once. */
export type EntrySource = Entries | (() => Entries) | undefined;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** JSON Pointer segment escaping (RFC 6901), as Ajv writes instance paths. */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function joinPointer(base: string, key: string | number): string {
  return `${base}/${pointerSegment(key)}`;
}

/**
 * Maps JSON Pointers into a parsed YAML document to source ranges: the key of a mapping entry
 * and its value. Built lazily, on the first question, because most files have no findings.
 */
export class PositionIndex {
  private entries: Entries | undefined;

  /**
   * @param source the index, or a function that builds it when first needed (from the spans
   *   recorded while parsing; most files never need positions)
   */
  constructor(
    private source: EntrySource,
    private readonly text: string,
  ) {}

  private lineIndex: LineIndex | undefined;

  /** The value at the pointer; if absent, the nearest ancestor that exists. */
  value(pointer: string): Range {
    const entry = this.nearest(pointer);
    return this.toRange(this.withoutTrailingSpace(entry?.value ?? [0, 0]));
  }

  /**
   * Where the words stand in the value at the pointer, when that value spans several lines and
   * its source holds them (a line break or a run of spaces between words counts as one space,
   * as folding reads it); undefined otherwise, for the whole value to be shown.
   */
  wordsInValue(pointer: string, words: string): Range | undefined {
    const span = this.entry(pointer)?.value;
    if (!span) return undefined;
    const source = this.text.slice(span[0], span[1]);
    if (!source.trimEnd().includes('\n')) return undefined;
    const pattern = new RegExp(words.trim().split(/\s+/).map(escapeRegExp).join('\\s+'), 'u');
    const found = pattern.exec(source);
    return found ? this.toRange([span[0] + found.index, span[0] + found.index + found[0].length]) : undefined;
  }

  /** The key of the entry at the pointer (a list item has none: its value); else the nearest ancestor's. */
  key(pointer: string): Range {
    const entry = this.nearest(pointer);
    if (entry?.key) return this.toRange(entry.key);
    // A list item or the document root: its first character, not its whole (multi-line) extent.
    const start = entry?.value[0] ?? 0;
    return this.toRange([start, start]);
  }

  /** Whether the pointer names an existing node. */
  has(pointer: string): boolean {
    return this.index().has(pointer);
  }

  /** The source text of the value at the pointer (for hints that quote what the user wrote). */
  sourceText(pointer: string): string | undefined {
    const entry = this.entry(pointer);
    return entry ? this.text.slice(entry.value[0], entry.value[1]) : undefined;
  }

  /** The offsets of the entry at the pointer (its key and its value), if it exists. */
  entry(pointer: string): Entry | undefined {
    return this.index().get(pointer);
  }

  rangeOfOffsets(start: number, end: number): Range {
    return this.toRange([start, end]);
  }

  private nearest(pointer: string): Entry | undefined {
    const index = this.index();
    let p = pointer;
    for (;;) {
      const entry = index.get(p);
      if (entry) return entry;
      if (p === '') return undefined;
      p = p.slice(0, p.lastIndexOf('/'));
    }
  }

  /**
   * A block scalar (`|`, `>`) or a nested mapping ends after its last line break, at column 1 of
   * the next line: GitHub's endLine and GitLab's lines.end are inclusive, and named that next
   * key's line as part of the finding. The span ends at the value's last character instead.
   */
  private withoutTrailingSpace(span: Span): Span {
    let end = Math.min(span[1], this.text.length);
    while (end > span[0] && TRAILING_SPACE.has(this.text.charCodeAt(end - 1))) end--;
    return [span[0], end];
  }

  private toRange(span: Span): Range {
    const start = Math.min(span[0], this.text.length);
    const end = Math.min(Math.max(span[1], start), this.text.length);
    this.lineIndex ??= new LineIndex(this.text);
    return { start: this.lineIndex.position(start), end: this.lineIndex.position(end) };
  }

  private index(): Entries {
    if (this.entries) return this.entries;
    const source = this.source;
    this.source = undefined;
    this.entries = typeof source === 'function' ? source() : (source ?? new Map());
    return this.entries;
  }
}

/** Line feed, carriage return, space and tab: what may follow a value's last character inside its span. */
const TRAILING_SPACE = new Set([0x0a, 0x0d, 0x20, 0x09]);

/** The pointer index of a document parsed by `yaml`: the key and value range of every entry. */
export function entriesOfDocument(doc: Document | undefined): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const root = doc?.contents as Node | null | undefined;
  if (root?.range) entries.set('', { value: [root.range[0], root.range[1]] });
  // Iterative walk: a deeply nested hostile file must not overflow the stack here.
  const stack: Array<[Node, string]> = root ? [[root, '']] : [];
  while (stack.length > 0) {
    const [node, pointer] = stack.pop()!;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const keyNode = pair.key;
        const childPointer = joinPointer(pointer, String(keyNode.value));
        const keySpan: Span = keyNode.range ? [keyNode.range[0], keyNode.range[1]] : [0, 0];
        const valueNode = pair.value as Node | null;
        const valueSpan: Span = valueNode?.range ? [valueNode.range[0], valueNode.range[1]] : keySpan;
        entries.set(childPointer, { key: keySpan, value: valueSpan });
        if (valueNode) stack.push([valueNode, childPointer]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = item as Node | null;
        if (!child?.range) return;
        const childPointer = joinPointer(pointer, i);
        entries.set(childPointer, { value: [child.range[0], child.range[1]] });
        stack.push([child, childPointer]);
      });
    }
  }
  return entries;
}
