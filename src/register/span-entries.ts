import { KIND, type NodeSpans } from './node-spans.js';
import type { Entries, Entry, Span } from './positions.js';
import { skipBlank, trimBack } from './node-text.js';

/**
 * The entries of a file from its recorded spans, with the same ranges the `yaml` parser gives;
 * undefined when the spans do not line up with the data (a form this reader does not follow), so
 * that the caller falls back to the full parser rather than point wrongly. The whole tree is
 * checked first, without building anything; then each pointer asked for is found by walking
 * down to it, so a file with one finding costs one walk, not an index of all its entries.
 */
export function spanEntries(spans: NodeSpans, text: string, data: unknown): Entries | undefined {
  const tree = new Tree(spans.packed);
  if (tree.count === 0) return new Map();
  if (!plainDocument(text) || tree.kind(0) === 0) return undefined;
  const ends = new Int32Array(tree.count);
  // Children close before their parents, so one backward sweep gives each node's end.
  for (let i = tree.count - 1; i >= 0; i--) ends[i] = nodeEnd(i, tree, ends, text);
  if (!follows(tree, text, ends, data)) return undefined;
  const span = (i: number): Span => [skipBlank(text, tree.open(i)), ends[i]!];
  const get = (pointer: string): Entry | undefined => {
    const found = walk(tree, text, ends, pointer);
    if (found === undefined) return undefined;
    return found.key === undefined ? { value: span(found.node) } : { key: span(found.key), value: span(found.node) };
  };
  return { get, has: (pointer) => walk(tree, text, ends, pointer) !== undefined };
}

/**
 * Whether the text is one document as registers write them, whose ends this reader measures as
 * `yaml` does: it ends with a line break (`yaml` ends the last node differently without one) and
 * has no directive (`%YAML`) or document marker (`---`, `...`), and no comment line trails a
 * collection indented (`yaml` stretches the collection over it). A file with content only in
 * comments has no root node here (kind 0) and is refused too.
 */
function plainDocument(text: string): boolean {
  return text.endsWith('\n') && !DOCUMENT_MARKS.test(text) && !hasTrailingIndentedComment(text);
}

const DOCUMENT_MARKS = /^(?:%|---(?:\s|$)|\.\.\.(?:\s|$))/m;

/**
 * Whether an indented comment line is followed by a less indented line, or by the end of the
 * text: then it trails the entries above it instead of leading the next one.
 */
function hasTrailingIndentedComment(text: string): boolean {
  // The deepest comment since the last line with content.
  let comment = 0;
  for (let line = 0; line < text.length; ) {
    let i = line;
    while (text.charCodeAt(i) === 0x20) i++;
    const c = text.charCodeAt(i);
    if (c === 0x23) comment = Math.max(comment, i - line);
    else if (c !== 0x0a && c !== 0x0d && i < text.length) {
      if (i - line < comment) return true;
      comment = 0;
    }
    const nl = text.indexOf('\n', i);
    line = nl < 0 ? text.length : nl + 1;
  }
  return comment > 0;
}

/**
 * Whether every collection of the tree lines up with the data: a mapping has as many entries as
 * the data has keys, each key a scalar read as the data has it and no two read alike (`True:`
 * and `"True":` are two keys, "true" and "True", that this reader would both read as "True"),
 * and no entry is empty (where `yaml` ends the collections around an empty value varies with
 * what follows it); a sequence has as many items as the data. A block scalar that keeps its
 * trailing blank lines (`|+`, `>+`) or has no content is refused: `yaml` ends it elsewhere.
 * Iterative: nesting is bounded, but no stack is spent on it.
 */
function follows(tree: Tree, text: string, ends: Int32Array, data: unknown): boolean {
  const nodes = [0];
  const values: unknown[] = [data];
  // The names read in the mapping at hand (one set, emptied for each mapping).
  const names = new Set<string>();
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const value = values.pop();
    const kids = tree.entryCount(node);
    if (tree.kind(node) === KIND.mapping) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
      if (kids % 2 !== 0 || kids / 2 !== Object.keys(value).length) return false;
      names.clear();
      for (let key = tree.firstChild[node]!, k = 0; k < kids; k += 2) {
        const child = tree.nextSibling[key]!;
        if (tree.kind(key) !== KIND.scalar || tree.kind(child) === 0) return false;
        const name = nameOf(tree, text, ends, key);
        if (name === undefined || names.has(name) || !Object.prototype.hasOwnProperty.call(value, name)) return false;
        names.add(name);
        nodes.push(child);
        values.push((value as Record<string, unknown>)[name]);
        key = tree.nextSibling[child]!;
      }
    } else if (tree.kind(node) === KIND.scalar) {
      if (isBlockScalar(tree, text, node) && (value === '' || keepsTrailingLines(tree, text, node))) return false;
    } else if (tree.kind(node) === KIND.sequence) {
      if (!Array.isArray(value) || kids !== value.length) return false;
      for (let child = tree.firstChild[node]!, i = 0; i < kids; i++) {
        if (tree.kind(child) === 0) return false;
        nodes.push(child);
        values.push(value[i]);
        child = tree.nextSibling[child]!;
      }
    }
  }
  return true;
}

/** Whether a scalar is written as a block (`|` or `>`). */
function isBlockScalar(tree: Tree, text: string, node: number): boolean {
  const first = text.charCodeAt(skipBlank(text, tree.open(node)));
  return first === 0x7c || first === 0x3e;
}

/** Whether a block scalar's header asks to keep its trailing line breaks (`|+`, `>2+`). */
function keepsTrailingLines(tree: Tree, text: string, node: number): boolean {
  const start = skipBlank(text, tree.open(node));
  const lineEnd = text.indexOf('\n', start);
  const header = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
  return /^[|>][0-9-]*\+/.test(header);
}

/** The node at a JSON Pointer (and the key naming it, in a mapping), or undefined if there is none. */
function walk(tree: Tree, text: string, ends: Int32Array, pointer: string): { node: number; key?: number } | undefined {
  if (pointer === '') return { node: 0 };
  if (!pointer.startsWith('/')) return undefined;
  let found: { node: number; key?: number } = { node: 0 };
  for (const segment of pointer.slice(1).split('/')) {
    const node = found.node;
    if (tree.kind(node) === KIND.mapping) {
      let next: { node: number; key: number } | undefined;
      for (let key = tree.firstChild[node]!, k = 0; k < tree.entryCount(node); k += 2) {
        const child = tree.nextSibling[key]!;
        if (keyIs(tree, text, ends, key, segment)) {
          next = { node: child, key };
          break;
        }
        key = tree.nextSibling[child]!;
      }
      if (!next) return undefined;
      found = next;
    } else if (tree.kind(node) === KIND.sequence && /^(?:0|[1-9][0-9]*)$/.test(segment) && Number(segment) < tree.entryCount(node)) {
      let child = tree.firstChild[node]!;
      for (let i = 0; i < Number(segment); i++) child = tree.nextSibling[child]!;
      found = { node: child };
    } else return undefined;
  }
  return found;
}

/**
 * Whether a key node is the one a pointer segment names. A plain key is compared where it is
 * written, without copying it; a quoted one, or a segment with an escape, by name, escaped as
 * pointers are written (RFC 6901: "~0" and "~1" only).
 */
function keyIs(tree: Tree, text: string, ends: Int32Array, key: number, segment: string): boolean {
  const start = skipBlank(text, tree.open(key));
  const first = text.charCodeAt(start);
  if (first !== 0x22 && first !== 0x27 && !segment.includes('~')) return ends[key]! - start === segment.length && text.startsWith(segment, start);
  return escapeSegment(nameOf(tree, text, ends, key)!) === segment;
}

/** A key as a JSON Pointer segment; most keys need no escape. */
function escapeSegment(name: string): string {
  return name.includes('~') || name.includes('/') ? name.replace(/~/g, '~0').replace(/\//g, '~1') : name;
}

/** The name of a mapping's key node, as the data has it. */
function nameOf(tree: Tree, text: string, ends: Int32Array, key: number): string | undefined {
  return keyName(text.slice(skipBlank(text, tree.open(key)), ends[key]));
}

/** A key's name from its source: plain as written, quoted unescaped; undefined if unsure. */
function keyName(source: string): string | undefined {
  if (source.startsWith("'")) return source.endsWith("'") && source.length > 1 ? source.slice(1, -1).replace(/''/g, "'") : undefined;
  if (source.startsWith('"')) {
    try {
      return JSON.parse(source) as string;
    } catch {
      return undefined;
    }
  }
  return source;
}

/** The recorded nodes, read in place, with each node's children linked through typed arrays (no array per node). */
class Tree {
  readonly count: number;
  readonly firstChild: Int32Array;
  readonly nextSibling: Int32Array;
  readonly lastChild: Int32Array;
  /** The child before the last one: a block mapping's last child may be the empty probe of a key. */
  readonly beforeLast: Int32Array;
  readonly childCount: Int32Array;

  constructor(private readonly packed: Int32Array) {
    const count = (this.count = packed.length / 4);
    // Five views of one buffer, filled with -1 (no node) but for the counts: one allocation a file.
    const links = new Int32Array(count * 5).fill(-1, 0, count * 4);
    this.firstChild = links.subarray(0, count);
    this.nextSibling = links.subarray(count, count * 2);
    this.lastChild = links.subarray(count * 2, count * 3);
    this.beforeLast = links.subarray(count * 3, count * 4);
    this.childCount = links.subarray(count * 4);
    // Nodes are recorded as they open, so a child always comes after its parent and its elder siblings.
    for (let i = 1; i < count; i++) {
      const parent = this.parent(i);
      if (parent < 0) continue;
      if (this.lastChild[parent]! < 0) this.firstChild[parent] = i;
      else this.nextSibling[this.lastChild[parent]!] = i;
      this.beforeLast[parent] = this.lastChild[parent]!;
      this.lastChild[parent] = i;
      this.childCount[parent]!++;
    }
  }

  open(i: number): number {
    return this.packed[i * 4]!;
  }
  close(i: number): number {
    return this.packed[i * 4 + 1]!;
  }
  parent(i: number): number {
    return this.packed[i * 4 + 2]!;
  }
  kind(i: number): number {
    return this.packed[i * 4 + 3]!;
  }

  /**
   * How many children are entries of a collection. A block mapping probes one more key after
   * its last entry (an empty node); a scalar's children are such probes too, and are no entries.
   */
  entryCount(i: number): number {
    const kind = this.kind(i);
    if (kind !== KIND.mapping && kind !== KIND.sequence) return 0;
    const n = this.childCount[i]!;
    return kind === KIND.mapping && n % 2 === 1 && this.kind(this.lastChild[i]!) === 0 ? n - 1 : n;
  }
}

/**
 * Where a node's value ends, as `yaml` counts it: a scalar or flow collection at its last
 * character, a block scalar after its last line break, a block collection at the end of the line
 * of its last entry (comment and line break included).
 */
function nodeEnd(i: number, tree: Tree, ends: Int32Array, text: string): number {
  const close = tree.close(i);
  const kind = tree.kind(i);
  const open = skipBlank(text, tree.open(i));
  const first = text.charCodeAt(open);
  if (kind === KIND.scalar && (first === 0x7c || first === 0x3e)) return lineEnd(text, trimBack(text, close, open));
  if (kind === KIND.scalar || kind === 0 || first === 0x5b || first === 0x7b) return trimBack(text, close, open);
  let last = tree.lastChild[i]!;
  const n = tree.childCount[i]!;
  if (last >= 0 && tree.kind(last) === 0 && n > 1 && kind === KIND.mapping && n % 2 === 1) last = tree.beforeLast[i]!;
  const end = last >= 0 ? ends[last]! : trimBack(text, close, open);
  return text.charCodeAt(end - 1) === 0x0a ? end : lineEnd(text, end);
}

/** Just after the line break that ends the line holding `at` (or the end of the text). */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl + 1;
}
