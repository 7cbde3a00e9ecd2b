/**
 * Messages quote what a register holds, and a YAML value can hold anything: a bell, an ANSI
 * escape that recolours or clears the terminal, a line break that splits one finding in two
 * (editors and CI read `file:line:col` one line at a time), a bidirectional override that shows
 * the text in another order (CVE-2021-42574), a zero-width character that makes two quoted
 * values look the same when they are not ("salute" and "salu\u200bte"). Outputs read by people
 * show each of these as a visible escape instead: `\n`, `\t`, `\u001b`, `\u2028`, `\u200b`.
 *
 * C0 controls and DEL, C1 controls (NEL U+0085 among them), the zero-width space, joiners and
 * the left-to-right and right-to-left marks (U+200B-U+200F), the Arabic letter mark (U+061C),
 * the Unicode line and paragraph separators, the bidirectional embeddings, overrides and
 * isolates, and the byte order mark (U+FEFF, a zero-width no-break space inside a text).
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(ch: string): string {
  return SHORT[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The text with every control character and line break written as a visible escape. */
export function visible(text: string): string {
  // Most messages hold none: the test is cheaper than a replace that copies the string.
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text) ? text.replace(INVISIBLE, escapeOne) : text;
}
