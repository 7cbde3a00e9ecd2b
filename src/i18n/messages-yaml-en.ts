import type { MessageParams } from '../diagnostics/types.js';
import type { yamlIt } from './messages-yaml-it.js';

/** English messages of the YAML reader. Must have every id of the Italian ones. */
export const yamlEn: Record<keyof typeof yamlIt, (p: MessageParams) => string> = {
  'yaml.syntax': (p) => `YAML syntax error: ${p.detail_en ?? p.detail}`,
  'yaml.duplicateKey': (p) => `the key "${p.key}" is repeated in the same mapping: YAML would keep only one`,
  'yaml.anchor': (p) => `anchor "&${p.name}" is not allowed: write values in full, every record must read on its own`,
  'yaml.alias': (p) => `alias "*${p.name}" is not allowed: write the value in full`,
  'yaml.tag': (p) => `YAML tag "${p.tag}" is not allowed: use plain values; if the exclamation mark is part of the text, quote the value`,
  'yaml.complexKey': () => 'a list or a map cannot be a key: use a word (for example finalita:)',
  'yaml.unclosedFlow': (p) => `the ${p.char} opened here is never closed: ${p.closing} is missing`,
  'yaml.tooDeep': () => 'the structure is nested too deeply: the file cannot be a register record',
  'yaml.colonInValue': (p) => `a colon followed by a blank makes the rest of the value read as a new key: if it is part of the text, quote the value (${p.key ? `${p.key}: ` : ''}${p.quoted})`,
  'yaml.misaligned': (p) => `the key "${p.key}" is indented by ${p.spaces} spaces and "${p.above}" on the line above by ${p.expected}: the keys of one entry go one under the other`,
  'yaml.strayClosing': (p) => `the bracket ${p.char} closes no ${p.opening} opened before it: remove it, or add ${p.opening} where the list begins`,
  'yaml.unclosedQuote': (p) => `the ${p.char} quote opened here is never closed: add ${p.char} at the end of the text`,
  'yaml.quoteContinuation': (p) => `this line goes on with the quoted text${p.key ? ` of "${p.key}"` : ''} of the line above, but is not indented: add at least two spaces at its start`,
  'yaml.apostrophe': (p) => `the apostrophe of "${p.word}" closes the single quotes opened before it: write it twice (${String(p.word).replace("'", "''")}) or use double quotes`,
  'yaml.quoteInside': (p) => `the double quote before ${p.word} closes the text opened by the one at the start of the value: inside the text write \\" or put the value in single quotes`,
  'yaml.foldedDash': (p) => `this line, starting with a dash, is read as the rest of the text of the line above ("${p.value}"): if it is an item of the list, put its dash under the dash of the item above; if it is a list inside the text, write the text after | (one line per item)`,
  'yaml.indicatorStart': (p) => `the character ${p.char} at the start of a value has a special meaning in YAML: if it is part of the text (a bullet, a note), quote the value (${p.quoted}); the items of a list start with a dash and a blank (- )`,
  'yaml.missingColon': (p) => `"${p.word}" has no colon: a key is written key: value`,
};
