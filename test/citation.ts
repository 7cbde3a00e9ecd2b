// The Italian legal citation style that messages, rule references and docs pages follow.

/**
 * The letters a message cites that break Italian legal style, "art. 6, par. 1, lett. e)": a
 * letter without its own parenthesis ("lett. e"), or one inside another parenthesis, where its
 * ")" would close both or leave two in a row.
 */
export function wrongLetters(text: string): string[] {
  const wrong: string[] = [];
  for (const match of text.matchAll(/lett\. [a-z]\b/g)) {
    const at = match.index;
    const before = text.slice(0, at);
    const depth = [...before].reduce((d, ch) => d + (ch === '(' ? 1 : ch === ')' ? -1 : 0), 0);
    if (text[at + match[0].length] !== ')' || depth > 0) wrong.push(text.slice(Math.max(0, at - 30), at + match[0].length + 1));
  }
  return wrong;
}

/**
 * The notices' style inside a parenthesis: "(art. 6, par. 1, lett. e), del Regolamento)", the
 * letter's ")" followed by the rest of the citation. A letter whose ")" ends the parenthesis
 * ("(art. 17, par. 3, lett. b).") leaves it unclosed for the reader.
 */
export function unclosedLetters(text: string): string[] {
  const wrong: string[] = [];
  for (const match of text.matchAll(/lett\. [a-z]\)/g)) {
    const at = match.index;
    const depth = [...text.slice(0, at)].reduce((d, ch) => d + (ch === '(' ? 1 : ch === ')' ? -1 : 0), 0);
    if (depth > 0 && text[at + match[0].length] !== ',') wrong.push(text.slice(Math.max(0, at - 40), at + match[0].length + 1));
  }
  return wrong;
}

/**
 * English citations that break the style of the English messages ("Art. 30(1)(a)", "Arts 13
 * and 14"): "Arts." with a full stop, or one "Art." for two articles ("Art. 37 and 13").
 */
export function wrongEnglishCitations(text: string): string[] {
  const slips = [...text.matchAll(/\bArts\. \d|\bArt\. \d+[\w-]*(?:\([\w-]+\))* and \d|\bArt\. \d+-\d/g)];
  return slips.map((m) => text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10));
}
