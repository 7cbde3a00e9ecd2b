import data from '../law/data/segnaposto.json' with { type: 'json' };
import { shortened } from './shortened.js';
import { escapeRegExp as escape } from './plain.js';

/**
 * Whether a value stands in for a real one ("DA COMPLETARE", "TODO", "<nome>", an e-mail at
 * esempio.it, a codice fiscale of zeros). One detector serves the placeholder rule and every
 * command that writes an output, so that what is reported and what is refused never differ.
 * Returns the placeholder found, as written, or undefined.
 */
export function placeholderIn(value: string): string | undefined {
  const text = value.trim();
  if (text.length === 0) return undefined;
  // Most values are plain text: two precompiled tests decide, and only a hit says what it was.
  const short = text.length <= WHOLE_MAX;
  const hit = (short && (WHOLE.has(text.toLowerCase()) || WHOLE.has(asciiFold(text)))) || ANY_CASE.test(text) || IGNORING_CASE.test(text);
  if (!hit) return undefined;
  // The whole value shows what is to complete ("DA COMPLETARE: PEC istituzionale", "Determina n. xx/xxxx").
  return shortened(text, 100);
}

const WHOLE = new Set(data.valori_interi.map((v) => v.toLowerCase()));
/** The whole-value placeholders are ASCII: "N.D." and "n/d" fold to "nd" without Unicode normalisation. */
const asciiFold = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
for (const v of data.valori_interi) if (asciiFold(v)) WHOLE.add(asciiFold(v));
/** Whole-value placeholders are short: longer values skip the lookups. */
const WHOLE_MAX = Math.max(...data.valori_interi.map((v) => v.length)) + 4;
/** Letters of Italian and English text, without the cost of Unicode property escapes. */
const L = 'A-Za-zÀ-ÖØ-öø-ÿ';
/**
 * A listed phrase as a pattern: where it has a space, any run of white space, since Word puts
 * a non-breaking space (U+00A0) in "DA COMPLETARE" and hand-typed text doubles spaces.
 */
const phrase = (s: string) => escape(s).replace(/ /g, '\\s+');
const MARKER = new RegExp(phrase(data.marcatore), 'i');
const UPPER_WORDS = new RegExp(`\\b(?:${data.parole_maiuscole.map(escape).join('|')})\\b`);
const PHRASES = new RegExp(`(?:^|[^${L}])(?:${data.frasi.map(phrase).join('|')})(?![${L}])`);
/** A value that opens with an instruction to whoever fills the form in: "Inserire il nome". */
const INSTRUCTION = new RegExp(`^(?:${data.istruzioni.map(escape).join('|')})\\b`, 'i');
/** "<nome del responsabile>", "[indicare la norma]": words in brackets, not markup. */
const ANGLE = /<(?!(?:a|b|i|u|p|s|br|hr|em|strong|span|div|img|script|style|iframe|object|embed|svg|link|meta|base|form|input|body|html|head|title|table|tr|td|th|ul|ol|li|h[1-6])>)[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ\s'’_.-]{0,58}>|\[(?:[^\]]{0,40}\b(?:inserire|indicare|nome|completare|specificare)\b[^\]]{0,40})\]/i;
/**
 * Unfilled template fields, as each tool leaves them: {{nome}} (Handlebars), __OGGI__, ${nome}
 * (JavaScript, shell), [[nome]] (wikis, some CMS), %NOME% (mail merges, batch files; three
 * characters at least, so that a URL's %C3%A8 is not one), $NOME.
 */
const TEMPLATE_LEFTOVER = /\{\{[^{}]{0,60}\}\}|__[A-Z]{2,}__|\$\{[^{}]{0,60}\}|\[\[[^[\]]{0,60}\]\]|%[A-Za-z][A-Za-z0-9_]{2,30}%|(?<![\w$])\$[A-Z][A-Z0-9_]{2,}\b/;
/**
 * The blanks of a paper form copied into a value: "Responsabile: ____________", "Ufficio
 * ........". Four dots at least: three end an "ecc..." in running text.
 */
const BLANKS = /_{3,}|\.{4,}|(?:\. ){3,}\./;
const SAMPLE_DOMAINS = new RegExp(`(?:^|[@.\\s/])(?:${data.domini_esempio.map(escape).join('|')})\\b`);
/** A code or number made only of zeros (codice fiscale, partita IVA, telephone). */
const ZEROS = /^(?=(?:[^0]*0){5})[0\s./-]+$/;
/** A spreadsheet's error in place of a value: "#N/D", "#VALORE!", LibreOffice's "Err:502". */
const SHEET_ERROR = new RegExp(`^(?:${data.errori_foglio.map(escape).join('|')}|${data.errori_foglio_libreoffice})$`, 'i');

/** Whether a value is a spreadsheet's error (import reads it as no value, validate as a placeholder). */
export function isSheetError(value: string): boolean {
  return SHEET_ERROR.test(value.trim());
}
/** "xx/xx/xxxx", "xx:xx - xx:xx", "XXXXXXXXXXX". */
const CROSSES = /\b[xX]{3,}\b|\bxx[/.:-]xx\b/i;
/** The whole values `init` writes, as written but for the spaces (a pattern costs less than normalising them). */
const SAMPLES = new RegExp(`^(?:${data.campioni_init.map(phrase).join('|')})$`);

/** Case matters for TODO-like words, template fields and init's samples; it does not for phrases, instructions, brackets, domains, zeros, crosses. */
const ANY_CASE = new RegExp(`${UPPER_WORDS.source}|${TEMPLATE_LEFTOVER.source}|${SAMPLES.source}`);
const IGNORING_CASE = new RegExp([MARKER.source, PHRASES.source, INSTRUCTION.source, ANGLE.source, SAMPLE_DOMAINS.source, ZEROS.source, CROSSES.source, SHEET_ERROR.source, BLANKS.source].map((p) => `(?:${p})`).join('|'), 'i');

/**
 * The words of a value that make it a placeholder ("DA COMPLETARE" in a paragraph), for the
 * position of the finding; undefined when the whole value is the placeholder ("-", "N.D.").
 * Asked only of values placeholderIn found: a lookup more per finding, none per value.
 */
export function placeholderWords(value: string): string | undefined {
  const text = value.trim();
  const match = ANY_CASE.exec(text) ?? IGNORING_CASE.exec(text);
  // The phrases' pattern takes the character before them, to see that a word begins there.
  return match?.[0].replace(/^[^A-Za-zÀ-ÖØ-öø-ÿ0-9<[{_$%#.]+/, '') || undefined;
}

function firstMatch(text: string, pattern: RegExp): string | undefined {
  return pattern.exec(text)?.[0];
}

/**
 * The placeholders that give themselves away inside running text (a rendered notice, a
 * template): the marker, TODO-like words, "<nome>", {{field}}, sample domains. Whole-value
 * patterns ("-", "Nome") would match ordinary prose, so they are left to placeholderIn.
 */
export function placeholderInProse(text: string): string | undefined {
  if (MARKER.test(text)) return data.marcatore;
  return firstMatch(text, UPPER_WORDS) ?? firstMatch(text, ANGLE) ?? firstMatch(text, TEMPLATE_LEFTOVER) ?? firstMatch(text, BLANKS) ?? firstMatch(text.toLocaleLowerCase('it'), SAMPLE_DOMAINS);
}
