import data from '../law/data/segnaposto.json' with { type: 'json' };
import { fold } from '../util/suggest.js';

/**
 * Whether a value stands in for a real one ("DA COMPLETARE", "TODO", "<nome>", an e-mail at
 * esempio.it, a codice fiscale of zeros). One detector serves the placeholder rule and every
 * command that writes an output, so that what is reported and what is refused never differ.
 * Returns the placeholder found, as written, or undefined.
 */
export function placeholderIn(value: string): string | undefined {
  const text = value.trim();
  if (text.length === 0) return undefined;
  // The marker of init and import says what to write after it: show the whole value.
  if (text.toLocaleUpperCase('it').includes(MARKER)) return text.length <= 100 ? text : `${text.slice(0, 99)}…`;
  const lower = text.toLocaleLowerCase('it');
  if (WHOLE.has(lower) || WHOLE.has(fold(text))) return text;
  if (SAMPLES.has(text)) return text;
  return (
    firstMatch(text, UPPER_WORDS) ??
    firstMatch(lower, PHRASES) ??
    firstMatch(text, INSTRUCTION) ??
    firstMatch(text, ANGLE) ??
    firstMatch(text, TEMPLATE_LEFTOVER) ??
    firstMatch(lower, SAMPLE_DOMAINS) ??
    firstMatch(text, ZEROS) ??
    firstMatch(text, CROSSES)
  );
}

const MARKER = data.marcatore.toLocaleUpperCase('it');
const WHOLE = new Set(data.valori_interi.map((v) => v.toLocaleLowerCase('it')));
const SAMPLES = new Set(data.campioni_init);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UPPER_WORDS = new RegExp(`\\b(?:${data.parole_maiuscole.map(escape).join('|')})\\b`);
const PHRASES = new RegExp(`(?:^|[^\\p{L}])(?:${data.frasi.map(escape).join('|')})(?![\\p{L}])`, 'u');
/** A value that opens with an instruction to whoever fills the form in: "Inserire il nome". */
const INSTRUCTION = new RegExp(`^(?:${data.istruzioni.map(escape).join('|')})\\b`, 'iu');
/** "<nome del responsabile>", "[indicare la norma]": words in brackets, not markup. */
const ANGLE = /<(?!(?:a|b|i|u|p|s|br|hr|em|strong|span|div|img|script|style|iframe|object|embed|svg|link|meta|base|form|input|body|html|head|title|table|tr|td|th|ul|ol|li|h[1-6])>)[\p{L}][\p{L}\s'’_.-]{0,58}>|\[(?:[^\]]{0,40}\b(?:inserire|indicare|nome|completare|specificare)\b[^\]]{0,40})\]/iu;
/** Unfilled template fields: {{nome}}, __OGGI__, $NOME. */
const TEMPLATE_LEFTOVER = /\{\{[^{}]{0,60}\}\}|__[A-Z]{2,}__/;
const SAMPLE_DOMAINS = new RegExp(`(?:^|[@.\\s/])(?:${data.domini_esempio.map(escape).join('|')})\\b`);
/** A code or number made only of zeros (codice fiscale, partita IVA, telephone). */
const ZEROS = /^(?=(?:[^0]*0){5})[0\s./-]+$/;
/** "xx/xx/xxxx", "XXXXXXXXXXX". */
const CROSSES = /\b[xX]{3,}\b|\bxx[/.-]xx\b/i;

function firstMatch(text: string, pattern: RegExp): string | undefined {
  return pattern.exec(text)?.[0];
}

/**
 * The placeholders that give themselves away inside running text (a rendered notice, a
 * template): the marker, TODO-like words, "<nome>", {{field}}, sample domains. Whole-value
 * patterns ("-", "Nome") would match ordinary prose, so they are left to placeholderIn.
 */
export function placeholderInProse(text: string): string | undefined {
  if (text.toLocaleUpperCase('it').includes(MARKER)) return data.marcatore;
  return firstMatch(text, UPPER_WORDS) ?? firstMatch(text, ANGLE) ?? firstMatch(text, TEMPLATE_LEFTOVER) ?? firstMatch(text.toLocaleLowerCase('it'), SAMPLE_DOMAINS);
}
