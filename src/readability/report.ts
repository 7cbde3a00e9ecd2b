import type { Lang } from '../i18n/lang.js';
import { count } from '../i18n/plural.js';
import { indexFacts } from './bands.js';
import type { Score } from './score.js';

export interface FileScore {
  file: string;
  kind: string;
  detected: boolean;
  score: Score;
}

const LANG_NAMES: Record<Lang, Record<Lang, string>> = { it: { it: 'italiano', en: 'inglese' }, en: { it: 'Italian', en: 'English' } };

/** Shown sentences are cut here: enough to find them in the file. */
const SHOWN_CHARS = 160;

/** The report for people: per file, index and band, the scale, counts, the sentences to shorten. */
export function formatText(results: FileScore[], lang: Lang, top: number): string {
  return results.map((r) => fileText(r, lang, top)).join('\n');
}

function fileText({ file, detected, score: s }: FileScore, lang: Lang, top: number): string {
  const it = lang === 'it';
  const facts = indexFacts(s.index);
  const language = LANG_NAMES[lang][s.lang];
  const perSentence = s.wordsPerSentence.toLocaleString(it ? 'it-IT' : 'en-GB', { maximumFractionDigits: 1 });
  const lines = [
    file,
    `  ${it ? 'lingua' : 'language'}: ${language}${detected ? (it ? ' (riconosciuta dal testo)' : ' (detected from the text)') : ''}`,
    `  ${it ? 'indice' : 'index'} ${s.name}: ${s.value} ${it ? 'su' : 'out of'} 100, ${s.band}`,
    `  ${it ? 'fasce' : 'bands'}: ${facts.fasce.filter((b) => b.da > 0).map((b) => `${it ? 'da' : 'from'} ${b.da} ${b[lang]}`).join('; ')}`,
    `  ${count(s.words, it ? 'parola' : 'word', it ? 'parole' : 'words')}, ${count(s.sentences, it ? 'frase' : 'sentence', it ? 'frasi' : 'sentences')}, ${it ? 'in media' : 'on average'} ${perSentence} ${it ? 'parole per frase' : 'words per sentence'}`,
  ];
  const longest = s.longest.slice(0, top);
  if (longest.length > 0) lines.push(`  ${it ? 'frasi più lunghe, da accorciare' : 'longest sentences, to shorten'}:`);
  longest.forEach((sentence, i) => {
    const shown = sentence.text.length > SHOWN_CHARS ? `${sentence.text.slice(0, SHOWN_CHARS).trimEnd()}…` : sentence.text;
    lines.push(`    ${i + 1}. (${count(sentence.words, it ? 'parola' : 'word', it ? 'parole' : 'words')}) ${shown}`);
  });
  return lines.join('\n') + '\n';
}

/** The same as data: one object per file, sentences in full. */
export function formatJson(results: FileScore[], top: number): string {
  const files = results.map(({ file, kind, detected, score: s }) => ({
    file,
    kind,
    lang: s.lang,
    langDetected: detected,
    index: s.index,
    indexName: s.name,
    value: s.value,
    band: s.band,
    words: s.words,
    sentences: s.sentences,
    wordsPerSentence: Math.round(s.wordsPerSentence * 10) / 10,
    longest: s.longest.slice(0, top).map((x) => ({ words: x.words, text: x.text })),
  }));
  return JSON.stringify({ files }, null, 2) + '\n';
}
