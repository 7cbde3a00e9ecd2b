import type { LoadOptions } from 'js-yaml';

/** The kind of a recorded node; 0 for an empty one (a key with no value, a probe past the last entry). */
export const KIND = { scalar: 1, sequence: 2, mapping: 3 } as const;

/**
 * The nodes js-yaml composed, in the order they opened: for each, where it opened and closed,
 * its parent and its kind, four integers in one typed array (cheap to keep for every file and
 * to send back from a worker thread); read for positions only in files with findings (span-entries.ts).
 */
export interface NodeSpans {
  packed: Int32Array;
}

/** Four integers a node: grown by doubling, shared by every parse of this thread (one at a time). */
const INITIAL_SCRATCH = 4096;
/** Past this size (4 MB) the buffer is not kept for the next parse. */
const MAX_KEPT_SCRATCH = 1 << 20;
let scratch = new Int32Array(INITIAL_SCRATCH);

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
  const finish = (): NodeSpans => {
    const packed = scratch.slice(0, length);
    // A huge file grew the buffer: let it go, so that a long-running server does not keep it.
    if (scratch.length > MAX_KEPT_SCRATCH) scratch = new Int32Array(INITIAL_SCRATCH);
    return { packed };
  };
  return { listener, finish };
}
