import { parseDocument, visit, isNode, isAlias, type Document, type YAMLError } from 'yaml';
import jsyaml from 'js-yaml';
import type { MessageParams } from '../diagnostics/types.js';
import type { MessageId } from '../i18n/messages-it.js';
import { isStackOverflow } from '../util/errors.js';
import { keyProblems } from './yaml-keys.js';
import { spanRecorder, type NodeSpans } from './node-spans.js';
import { unclosedFlowStart } from './unclosed-flow.js';
import { plain, syntaxProblems } from './syntax-errors.js';
import { foldedDashes } from './folded-dash.js';
import { readPlainYaml } from './plain-yaml.js';
import { hasUnderIndentedFlow } from './flow-indent.js';

/** A problem found while parsing, by character offsets into the text. */
export interface ParseProblem {
  ruleId: 'yaml-syntax' | 'yaml-duplicate-key' | 'yaml-alias';
  severity: 'error' | 'warning';
  start: number;
  end: number;
  messageId: MessageId;
  params: MessageParams;
}

export interface ParsedYaml {
  doc: Document | undefined;
  /** The plain data, or undefined when the file cannot be trusted (syntax errors, aliases). */
  data: unknown;
  problems: ParseProblem[];
  /** From the fast path: every node's span, recorded in the same pass (see node-spans.ts). */
  spans?: NodeSpans;
}

/**
 * Texts the fast parsers may take: no anchors, aliases or tags (`&`, `*`, `!`), no explicit or
 * collection keys (`? k`, `[a]: v`), and none of the scalar forms where js-yaml departs from
 * YAML 1.2 core: `0b101` integers, signed hex and octal (`+0x1F`), `-.5` floats, and numbers a
 * double cannot hold (16 digits or more, a three-digit exponent, long hex). test/property checks
 * that both parsers agree on the rest.
 */
const NOT_FOR_FAST_PATH = /[&*!]|(?:^|[\s:,[{-])(?:[-+]?(?:0b|\.\d)|[-+]0[xo])|\d{16}|\d[eE][-+]?\d{3}|0x[0-9a-fA-F]{13}|(?:^|\s)\?(?:\s|$)|[\]}][ \t]*:/;

/**
 * Parses one YAML file as YAML 1.2 core: `SI`, `NO` and dates stay strings. Duplicate keys,
 * anchors, aliases and custom tags are reported, never resolved silently.
 *
 * Plain, well-formed files (nearly all) are read by the plain reader (plain-yaml.ts), or else by
 * js-yaml (three times faster than `yaml`; the plain reader is twice as fast again). Anything
 * else, and every file with a problem, is read by `yaml`, which gives every error with its
 * position; so is a file where js-yaml accepts what YAML 1.2 refuses (flow-indent.ts). The fast
 * paths record the span of every node as they go, so later findings need no second parse.
 */
export function parseYaml(text: string): ParsedYaml {
  const tooDeep = excessiveNesting(text);
  if (tooDeep !== undefined) {
    return { doc: undefined, data: undefined, problems: [{ ruleId: 'yaml-syntax', severity: 'error', start: tooDeep, end: tooDeep + 1, messageId: 'yaml.tooDeep', params: {} }] };
  }
  if (!NOT_FOR_FAST_PATH.test(text)) {
    const plain = readPlainYaml(text);
    if (plain) return { doc: undefined, data: plain.data, problems: foldedDashes(text), spans: plain.spans };
    try {
      const { listener, finish } = spanRecorder();
      const data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false, listener });
      const spans = finish();
      if (!hasKeyTheParsersReadApart(data) && !hasUnderIndentedFlow(text, spans)) return { doc: undefined, data: data === undefined ? null : data, problems: foldedDashes(text), spans };
    } catch (error) {
      // A syntax error or a duplicate key: the full parser reports it, with its position.
      if (!(error instanceof jsyaml.YAMLException) && !isStackOverflow(error)) throw error;
    }
  }
  return parseYamlDocument(text);
}

/** A null key (`~:`) or a collection key: js-yaml and `yaml` turn them into different strings. */
function hasKeyTheParsersReadApart(data: unknown): boolean {
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === 'null' || key.startsWith('[object ')) return true;
      stack.push(child);
    }
  }
  return false;
}

/** No register file nests deeper than this; parsers recurse on nesting, so deeper is refused first. */
const MAX_DEPTH = 64;
const MAX_ERRORS_PER_FILE = 20;

/**
 * The offset where the text nests deeper than MAX_DEPTH, by flow brackets or by indentation
 * (two spaces a level), or undefined. Brackets inside quotes count too: a record never needs
 * 64 of them, so the only cost is refusing a file that no register would hold.
 */
export function excessiveNesting(text: string): number | undefined {
  let depth = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
    } else if (c === 0x0a) {
      lineStart = i + 1;
    } else if (c === 0x20 && i - lineStart >= MAX_DEPTH * 2 && /^ *$/.test(text.slice(lineStart, i))) {
      // Indentation this deep, before any content on the line.
      const rest = text.charCodeAt(i + 1);
      if (rest !== 0x20 && rest !== 0x0a && rest !== 0x0d && !Number.isNaN(rest)) return i;
    }
  }
  return undefined;
}

/** The full parse with `yaml`: the document tree (for positions) and every problem. */
export function parseYamlDocument(text: string): ParsedYaml {
  const problems: ParseProblem[] = [];
  let doc: Document;
  try {
    doc = parseDocument(text, {
      version: '1.2',
      schema: 'core',
      // Keys are checked by keyProblems, in linear time; the parser's own check is quadratic.
      uniqueKeys: false,
      prettyErrors: false,
      merge: false,
      // Nothing from the library reaches the user's stderr: every problem becomes a diagnostic.
      logLevel: 'error',
    });
  } catch (error) {
    // The parser recurses on nesting; a hostile file can exhaust the stack. Nothing else is expected.
    if (!isStackOverflow(error)) throw error;
    problems.push({ ruleId: 'yaml-syntax', severity: 'error', start: 0, end: 0, messageId: 'yaml.tooDeep', params: {} });
    return { doc: undefined, data: undefined, problems };
  }
  // A broken file can yield one error per line; the first few say where to look.
  const open = atEndOfText(doc.errors, text) ? unclosedFlowStart(text) : undefined;
  if (open !== undefined) problems.push({ ruleId: 'yaml-syntax', severity: 'error', start: open, end: open + 1, messageId: 'yaml.unclosedFlow', params: { char: text[open]!, closing: text[open] === '[' ? ']' : '}' } });
  else problems.push(...syntaxProblems(doc.errors, text, MAX_ERRORS_PER_FILE));
  // An unknown tag is an error of its own below (yaml.tag), not a warning besides.
  for (const warning of doc.warnings) if (warning.code !== 'TAG_RESOLVE_FAILED') problems.push(plain(warning, 'warning'));
  if (doc.errors.length === 0) problems.push(...foldedDashes(text, doc));

  let keys: ParseProblem[];
  try {
    // Keys read from a file indented with tabs are keys the parser misplaced: the tabs come first.
    keys = doc.errors.some((e) => e.code === 'TAB_AS_INDENT') ? [] : keyProblems(doc, text);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    problems.push({ ruleId: 'yaml-syntax', severity: 'error', start: 0, end: 0, messageId: 'yaml.tooDeep', params: {} });
    return { doc: undefined, data: undefined, problems };
  }
  // A collection key the parser made of a syntax error (a list under `destinatari: 39`) is that
  // error, already reported (and by yaml-language-server too, beside `registro lsp --no-schema`).
  const broken = doc.errors.map((e) => e.pos[0]);
  problems.push(...keys.filter((k) => k.messageId !== 'yaml.complexKey' || !broken.some((at) => at >= k.start && at <= k.end)));

  let hasAlias = false;
  // One finding per alias name: an alias bomb must not become a flood of diagnostics.
  const aliasesSeen = new Set<string>();
  // Anchors, aliases and tags need `&`, `*` or `!` in the text: most files skip the walk.
  const mayHaveProps = /[&*!]/.test(text);
  try {
    if (mayHaveProps) visit(doc, (_key, node) => {
      if (!isNode(node)) return;
      const [start, end] = node.range ?? [0, 0];
      if (isAlias(node)) {
        hasAlias = true;
        const name = node.source;
        // `* vedi allegato`: a bullet, no alias; the syntax error says so (syntax-errors.ts).
        if (!name || aliasesSeen.has(name)) return;
        aliasesSeen.add(name);
        problems.push({ ruleId: 'yaml-alias', severity: 'error', start, end, messageId: 'yaml.alias', params: { name } });
        return;
      }
      const anchor = (node as { anchor?: string }).anchor;
      if (anchor) {
        // The node's range starts at its value; point at the `&name` written before it.
        const at = text.lastIndexOf(`&${anchor}`, start);
        const from = at >= 0 ? at : start;
        problems.push({ ruleId: 'yaml-alias', severity: 'error', start: from, end: from + anchor.length + 1, messageId: 'yaml.anchor', params: { name: anchor } });
      }
      const tag = (node as { tag?: string }).tag;
      if (tag && !tag.startsWith('tag:yaml.org,2002:')) {
        // The node's range starts after the tag: point at the `!` written before it.
        const at = text.lastIndexOf(tag, start);
        const from = at >= 0 ? at : start;
        problems.push({ ruleId: 'yaml-syntax', severity: 'error', start: from, end: from + tag.length, messageId: 'yaml.tag', params: { tag } });
      } else if (tag && /binary|set|omap|pairs|timestamp/.test(tag)) {
        problems.push({ ruleId: 'yaml-syntax', severity: 'error', start, end, messageId: 'yaml.tag', params: { tag: '!!' + tag.split(':').pop() } });
      }
    });
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    problems.push({ ruleId: 'yaml-syntax', severity: 'error', start: 0, end: 0, messageId: 'yaml.tooDeep', params: {} });
    return { doc: undefined, data: undefined, problems };
  }

  const trusted = doc.errors.length === 0 && keys.length === 0 && !hasAlias && !problems.some((p) => p.messageId === 'yaml.tag');
  let data: unknown;
  if (trusted) {
    try {
      data = doc.toJS({ maxAliasCount: 0, mapAsMap: false });
    } catch (error) {
      if (!isStackOverflow(error)) throw error;
      problems.push({ ruleId: 'yaml-syntax', severity: 'error', start: 0, end: 0, messageId: 'yaml.tooDeep', params: {} });
      return { doc: undefined, data: undefined, problems };
    }
  }
  return { doc, data, problems };
}

/** Whether the parser's first error sits at the end of the text, where an unclosed bracket puts it. */
function atEndOfText(errors: readonly YAMLError[], text: string): boolean {
  const first = errors[0];
  return first !== undefined && first.pos[0] >= text.trimEnd().length;
}
