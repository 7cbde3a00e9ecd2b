import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { FORM_CHECKS, RULES } from '../../src/rules/index.js';
import { englishReference } from '../../src/i18n/reference-en.js';
import { wrongLetters } from '../citation.js';

const CHECKS = [...RULES, ...FORM_CHECKS].filter((c) => c.reference);

/** The hover shows each rule's legal reference: from its docs page in Italian, rewritten in English. */
describe('rule references', () => {
  it('every docs page states its rule reference, as the Italian hover shows only the page', () => {
    for (const check of CHECKS) {
      const page = join(ROOT, 'docs/rules', `${check.id}.md`);
      if (!existsSync(page)) continue;
      expect(readFileSync(page, 'utf8'), check.id).toContain(`- Riferimento: ${check.reference}`);
    }
  });

  it('in Italian, every reference cites a letter as "lett. e)"', () => {
    expect(CHECKS.flatMap((check) => wrongLetters(check.reference).map((w) => `${check.id}: ${w}`))).toEqual([]);
  });

  it('in English, every reference reads as English citations do', () => {
    for (const check of CHECKS) {
      const english = englishReference(check.reference);
      // No Italian citation words left, no comma before "and", ranges of paragraphs in two parentheses.
      // A letter in parentheses, "(e)", is a point of a paragraph, not the Italian "e".
      expect(english, check.reference).not.toMatch(/\b(?:art|artt|par|lett|c)\. |(?<!\()\b(?:e|ed|del|della|considerando|comma)\b(?!\))|, and |\(\d+-\d+\)/);
      expect(english, check.reference).not.toMatch(/\bArts\. /);
    }
    expect(englishReference('art. 30, par. 1, lett. d) ed e); art. 44')).toBe('Art. 30(1)(d) and (e); Art. 44');
    expect(englishReference('art. 5, par. 2, e art. 30')).toBe('Art. 5(2) and Art. 30');
    expect(englishReference('art. 22; art. 21, par. 2-4')).toBe('Art. 22; Art. 21(2)-(4)');
    expect(englishReference('art. 9, par. 2, lett. b), g), h), i) e j); Codice, art. 2-sexies')).toBe('Art. 9(2)(b), (g), (h), (i) and (j); Codice, Art. 2-sexies');
  });
});
