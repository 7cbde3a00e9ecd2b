import type { Finding, Rule } from './types.js';
import { gulpease, textOfHtml } from '../informativa/gulpease.js';
import { renderedNotices } from './notice-support.js';

/** Gulpease thresholds (LEGAL.md §8): the public reads at lower-secondary level, minors at primary. */
const PUBLIC = 60;
const MINORS = 80;
const MAX_WORDS_PER_SENTENCE = 25;

/** Art. 12(1), Codice 2-quinquies: clear and plain language, simpler still for minors. */
export const noticeReadability: Rule = {
  id: 'notice-readability',
  severity: 'warning',
  reference: 'art. 12, par. 1; Codice, art. 2-quinquies',
  title: { it: "Leggibilità dell'informativa", en: 'Readability of the notice' },
  *check({ register }): Iterable<Finding> {
    const notices = renderedNotices(register);
    if (notices instanceof Error) return;
    for (const { service, model, html } of notices) {
      const r = gulpease(textOfHtml(html));
      const threshold = model.minori ? MINORS : PUBLIC;
      if (r.gulpease < threshold) {
        yield { file: service.file, pointer: '/denominazione', messageId: 'rule.noticeGulpease', params: { service: service.id, index: r.gulpease, threshold } };
      }
      if (r.wordsPerSentence > MAX_WORDS_PER_SENTENCE) {
        yield { file: service.file, pointer: '/denominazione', messageId: 'rule.noticeSentences', params: { service: service.id, words: Math.round(r.wordsPerSentence), max: MAX_WORDS_PER_SENTENCE } };
      }
    }
  },
};
