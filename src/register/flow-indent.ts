import { KIND, type NodeSpans } from './node-spans.js';
import { skipBlank, trimBack } from './node-text.js';
import { BRACE_OPEN, BRACKET_OPEN, CR, GREATER, LF, PIPE, SPACE, TAB } from './yaml-chars.js';

/**
 * Whether a file read by js-yaml holds a flow node (a quoted or plain scalar, a `[...]` or
 * `{...}`) that runs over several lines with a line not indented past the block collection
 * around it:
 *
 *     indirizzo:
 *       via: "Piazza Garibaldi,
 *       1"
 *
 * YAML 1.2 forbids it (the line must be indented more than `via`) and `yaml` reports it, as
 * editors do; js-yaml reads on. So does a tab in such a line's indentation. Such a file is left
 * to `yaml`, which decides: the test may say yes where `yaml` accepts (a closing bracket at the
 * parent's column), never no where `yaml` refuses.
 */
export function hasUnderIndentedFlow(text: string, spans: NodeSpans): boolean {
  const packed = spans.packed;
  for (let node = 0; node < packed.length / 4; node++) {
    const kind = packed[node * 4 + 3];
    if (kind !== KIND.scalar && kind !== KIND.sequence && kind !== KIND.mapping) continue;
    const start = skipBlank(text, packed[node * 4]!);
    const first = text.charCodeAt(start);
    const flow = kind === KIND.scalar ? first !== PIPE && first !== GREATER : first === BRACKET_OPEN || first === BRACE_OPEN;
    if (!flow) continue;
    // Where js-yaml closed the node, untrimmed: it closes a quoted scalar whose closing quote
    // opens a line just before that quote.
    const close = packed[node * 4 + 1]!;
    const lineBreak = text.indexOf('\n', start);
    if (lineBreak < 0 || lineBreak >= close) continue;
    // `yaml` lets a collection's closing bracket open a line at the column of the collection around it.
    const closing = kind === KIND.scalar ? -1 : trimBack(text, close, start) - 1;
    if (hasLineAtOrBefore(text, lineBreak + 1, close + 1, blockColumn(text, packed, packed[node * 4 + 2]!), closing)) return true;
  }
  return false;
}

/** The column of the nearest block collection at or above `node` (its keys or dashes); -1 at the top. */
function blockColumn(text: string, packed: Int32Array, node: number): number {
  for (let at = node; at >= 0; at = packed[at * 4 + 2]!) {
    // js-yaml records a scalar inside the scalar it first tried: only collections count.
    const kind = packed[at * 4 + 3];
    if (kind !== KIND.sequence && kind !== KIND.mapping) continue;
    const start = skipBlank(text, packed[at * 4]!);
    const first = text.charCodeAt(start);
    if (first !== BRACKET_OPEN && first !== BRACE_OPEN) return start - (text.lastIndexOf('\n', start - 1) + 1);
  }
  return -1;
}

/**
 * Whether a line whose content starts between `from` (a line start) and `end` is indented
 * `column` or less, or by a tab; a line that opens with the bracket at `closing` may stand at `column`.
 */
function hasLineAtOrBefore(text: string, from: number, end: number, column: number, closing: number): boolean {
  for (let line = from; line < end; ) {
    let i = line;
    while (text.charCodeAt(i) === SPACE) i++;
    if (i >= end) break;
    const c = text.charCodeAt(i);
    if (c === TAB) return true;
    if (c !== LF && c !== CR && (i - line < column || (i - line === column && i !== closing))) return true;
    const nl = text.indexOf('\n', i);
    if (nl < 0) break;
    line = nl + 1;
  }
  return false;
}
