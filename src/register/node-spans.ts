import type { LoadOptions } from 'js-yaml';

/** The character span of a key and of its value, by offsets into the text. */
export type Span = readonly [number, number];
export interface Entry {
  key?: Span;
  value: Span;
}

const KIND = { scalar: 1, sequence: 2, mapping: 3 } as const;

/**
 * The nodes js-yaml composed, in the order they opened: for each, where it opened and closed,
 * its parent and its kind, four integers in one typed array (cheap to keep for every file and
 * to send back from a worker thread); turned into a pointer index only for files with findings.
 */
export interface NodeSpans {
  packed: Int32Array;
}

/** The same, unpacked for reading. */
interface Nodes {
  open: number[];
  close: number[];
  parent: number[];
  kind: number[];
}

/** Four integers a node: grown by doubling, shared by every parse of this thread (one at a time). */
let scratch = new Int32Array(4096);

/** A js-yaml `listener` that records every node's span while the file is parsed (one pass). */
export function spanRecorder(): { listener: NonNullable<LoadOptions['listener']>; finish: () => NodeSpans } {
  let length = 0;
  const stack: number[] = [];
  const listener: NonNullable<LoadOptions['listener']> = (event, state) => {
    if (event === 'open') {
      if (length + 4 > scratch.length) {
        const grown = new Int32Array(scratch.length * 2);
        grown.set(scratch);
        scratch = grown;
      }
      scratch[length] = state.position;
      scratch[length + 1] = 0;
      scratch[length + 2] = stack.length > 0 ? stack[stack.length - 1]! : -1;
      scratch[length + 3] = 0;
      stack.push(length / 4);
      length += 4;
      return;
    }
    const i = stack.pop()!;
    const kind = (state as unknown as { kind: keyof typeof KIND | null }).kind;
    scratch[i * 4 + 1] = state.position;
    scratch[i * 4 + 3] = kind ? KIND[kind] : 0;
  };
  return { listener, finish: () => ({ packed: scratch.slice(0, length) }) };
}

function unpack({ packed }: NodeSpans): Nodes {
  const nodes: Nodes = { open: [], close: [], parent: [], kind: [] };
  for (let i = 0; i < packed.length; i += 4) {
    nodes.open.push(packed[i]!);
    nodes.close.push(packed[i + 1]!);
    nodes.parent.push(packed[i + 2]!);
    nodes.kind.push(packed[i + 3]!);
  }
  return nodes;
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

/**
 * The pointer index of a file from its recorded spans, with the same ranges the `yaml` parser
 * gives; undefined when the spans do not line up with the data (a form this reader does not
 * follow), so that the caller falls back to the full parser rather than point wrongly.
 */
export function entriesFromSpans(packed: NodeSpans, text: string, data: unknown): Map<string, Entry> | undefined {
  const spans = unpack(packed);
  const count = spans.open.length;
  const children: number[][] = Array.from({ length: count }, () => []);
  for (let i = 1; i < count; i++) if (spans.parent[i]! >= 0) children[spans.parent[i]!]!.push(i);
  const entries = new Map<string, Entry>();
  if (count === 0) return entries;
  const start = (i: number) => skipBlank(text, spans.open[i]!);
  const ends: number[] = new Array(count);
  // Children close before their parents, so one backward sweep gives each node's end.
  for (let i = count - 1; i >= 0; i--) ends[i] = nodeEnd(i, spans, children[i]!, ends, text);
  entries.set('', { value: [start(0), ends[0]!] });
  const stack: Array<[number, string, unknown]> = [[0, '', data]];
  while (stack.length > 0) {
    const [node, pointer, value] = stack.pop()!;
    const kids = contentChildren(node, spans, children);
    if (spans.kind[node] === KIND.mapping) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
      if (kids.length % 2 !== 0 || kids.length / 2 !== Object.keys(value).length) return undefined;
      for (let k = 0; k < kids.length; k += 2) {
        const key = kids[k]!;
        const child = kids[k + 1]!;
        if (spans.kind[key] !== KIND.scalar) return undefined;
        const keySpan: Span = [start(key), ends[key]!];
        // The data has the key as written (a key read differently, `1.0` or an escape, falls back).
        const name = keyName(text.slice(keySpan[0], keySpan[1]));
        if (name === undefined || !Object.prototype.hasOwnProperty.call(value, name)) return undefined;
        const childPointer = `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        // Where `yaml` ends the collections around an empty value varies with what follows it.
        if (spans.kind[child] === 0) return undefined;
        entries.set(childPointer, { key: keySpan, value: [start(child), ends[child]!] });
        stack.push([child, childPointer, (value as Record<string, unknown>)[name]]);
      }
    } else if (spans.kind[node] === KIND.sequence) {
      if (!Array.isArray(value) || kids.length !== value.length) return undefined;
      for (let i = 0; i < kids.length; i++) {
        const child = kids[i]!;
        if (spans.kind[child] === 0) return undefined;
        const childPointer = `${pointer}/${i}`;
        entries.set(childPointer, { value: [start(child), ends[child]!] });
        stack.push([child, childPointer, value[i]]);
      }
    }
  }
  return entries;
}

/**
 * The children that are entries of a collection. A block mapping probes one more key after its
 * last entry (an empty node); a scalar's children are such probes too, and are no entries.
 */
function contentChildren(node: number, spans: Nodes, children: number[][]): number[] {
  const kind = spans.kind[node];
  if (kind !== KIND.mapping && kind !== KIND.sequence) return [];
  const kids = children[node]!;
  if (kind === KIND.mapping && kids.length % 2 === 1 && spans.kind[kids[kids.length - 1]!] === 0) return kids.slice(0, -1);
  return kids;
}

/**
 * Where a node's value ends, as `yaml` counts it: a scalar or flow collection at its last
 * character, a block scalar after its last line break, a block collection at the end of the line
 * of its last entry (comment and line break included).
 */
function nodeEnd(i: number, spans: Nodes, kids: number[], ends: number[], text: string): number {
  const close = spans.close[i]!;
  const kind = spans.kind[i];
  const open = skipBlank(text, spans.open[i]!);
  const first = text.charCodeAt(open);
  if (kind === KIND.scalar && (first === 0x7c || first === 0x3e)) return lineEnd(text, trimBack(text, close, open));
  if (kind === KIND.scalar || kind === 0 || first === 0x5b || first === 0x7b) return trimBack(text, close, open);
  let last = kids.length > 0 ? kids[kids.length - 1]! : -1;
  if (last >= 0 && spans.kind[last] === 0 && kids.length > 1 && kind === KIND.mapping && kids.length % 2 === 1) last = kids[kids.length - 2]!;
  const end = last >= 0 ? ends[last]! : trimBack(text, close, open);
  return text.charCodeAt(end - 1) === 0x0a ? end : lineEnd(text, end);
}

/** Just after the line break that ends the line holding `at` (or the end of the text). */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl + 1;
}

/** Skips spaces, line breaks and comments: where the node's own text begins. */
function skipBlank(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else if (c === 0x23) {
      const nl = text.indexOf('\n', i);
      if (nl === -1) return text.length;
      i = nl + 1;
    } else return i;
  }
}

/** Steps back over trailing spaces and line breaks (never before the node's start). */
function trimBack(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i--;
    else break;
  }
  return i;
}
