import { isScalar, parseDocument, visit, type Document } from 'yaml';
import type { ParseProblem } from './parse-yaml.js';

/**
 * A line starting with "- " that YAML reads as the rest of the text above it: under
 * `- ANPR` the line `    - Halley`, two spaces further in, is no item but the words of
 * "ANPR - Halley"; under `ufficio: Anagrafe` the line `  - Sportello` makes "Anagrafe -
 * Sportello". Valid YAML, so no parser says it: an item lost in a text nobody reads as two.
 * A warning at the dash, with the text as read.
 *
 * Candidates are found on the text (a plain value on the line, a deeper "- " on the next), which
 * almost no file has; only those files are parsed again to ask `yaml` which scalar holds the line.
 */
export function foldedDashes(text: string, doc?: Document): ParseProblem[] {
  if (!hasCandidate(text)) return [];
  const tree = doc ?? parseDocument(text, { version: '1.2', uniqueKeys: false, prettyErrors: false, logLevel: 'silent' });
  const problems: ParseProblem[] = [];
  visit(tree, {
    Scalar(_key, node) {
      if (!isScalar(node) || node.type !== 'PLAIN' || !node.range || typeof node.value !== 'string') return;
      const [start, end] = node.range;
      const source = text.slice(start, end);
      const dash = /\n[ \t]*-(?: |$)/.exec(source);
      if (!dash) return;
      const at = start + dash.index + dash[0].indexOf('-');
      problems.push({ ruleId: 'yaml-syntax', severity: 'warning', start: at, end: at + 1, messageId: 'yaml.foldedDash', params: { value: node.value.length > 80 ? `${node.value.slice(0, 80)}…` : node.value } });
    },
  });
  return problems;
}

/** A line starting "- " (or `-` alone) at the indentation it has, after its line break. */
const DASH_LINE = /\n( *)-(?: |\r?\n|$)/g;
/** A line holding a plain value: `- value` or `key: value`, the value no quote, block or flow. */
const PLAIN_VALUE_LINE = /^( *)(?:- +|[^\s#:-][^:]*: +)[^\s"'|>[{&*!#-]/;

/** Whether a dash line sits deeper than a line above it holding a plain value, in linear time. */
function hasCandidate(text: string): boolean {
  DASH_LINE.lastIndex = 0;
  for (let m = DASH_LINE.exec(text); m; m = DASH_LINE.exec(text)) {
    const end = m.index;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const above = PLAIN_VALUE_LINE.exec(text.slice(start, end));
    if (above && m[1]!.length > above[1]!.length) return true;
    DASH_LINE.lastIndex = end + 1;
  }
  return false;
}
