import type { LoadOptions } from 'js-yaml';

/** The kind of a recorded node; 0 for an empty one (a key with no value, a probe past the last entry). */
export const KIND = { scalar: 1, sequence: 2, mapping: 3 } as const;

/**
 * The nodes of a file, in the order they opened: for each, where it opened and closed, its
 * parent and its kind, four integers in one typed array (cheap to keep for every file and to
 * send back from a worker thread); read for positions only in files with findings (span-entries.ts).
 */
export interface NodeSpans {
  packed: Int32Array;
}

/** Four integers a node: grown by doubling, shared by every parse of this thread (one at a time). */
const INITIAL_SCRATCH = 4096;
/** Past this size (4 MB) the buffer is not kept for the next parse. */
const MAX_KEPT_SCRATCH = 1 << 20;
let scratch = new Int32Array(INITIAL_SCRATCH);

/** The spans of one parse, written into the thread's scratch buffer and copied out at the end. */
export class SpanWriter {
  private length = 0;

  /** Records a node opening at `position` under `parent` (-1 for the root); returns its index. */
  open(position: number, parent: number): number {
    if (this.length + 4 > scratch.length) {
      const grown = new Int32Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    const at = this.length;
    scratch[at] = position;
    scratch[at + 1] = 0;
    scratch[at + 2] = parent;
    scratch[at + 3] = 0;
    this.length += 4;
    return at / 4;
  }

  close(node: number, position: number, kind: number): void {
    scratch[node * 4 + 1] = position;
    scratch[node * 4 + 3] = kind;
  }

  finish(): NodeSpans {
    const packed = scratch.slice(0, this.length);
    // A huge file grew the buffer: let it go, so that a long-running server does not keep it.
    if (scratch.length > MAX_KEPT_SCRATCH) scratch = new Int32Array(INITIAL_SCRATCH);
    return { packed };
  }
}

/** A js-yaml `listener` that records every node's span while the file is parsed (one pass). */
export function spanRecorder(): { listener: NonNullable<LoadOptions['listener']>; finish: () => NodeSpans } {
  const writer = new SpanWriter();
  const stack: number[] = [];
  const listener: NonNullable<LoadOptions['listener']> = (event, state) => {
    if (event === 'open') {
      stack.push(writer.open(state.position, stack.length > 0 ? stack[stack.length - 1]! : -1));
      return;
    }
    const kind = (state as unknown as { kind: keyof typeof KIND | null }).kind;
    writer.close(stack.pop()!, state.position, kind ? KIND[kind] : 0);
  };
  return { listener, finish: () => writer.finish() };
}
