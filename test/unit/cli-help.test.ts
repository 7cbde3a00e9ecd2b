import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { allDescriptions } from '../../src/i18n/commander-help.js';
import { hasEnglish } from '../../src/i18n/cli-en.js';

describe('the English help', () => {
  it('has an English text for every description of every command and option', () => {
    const missing = allDescriptions(buildProgram('en')).filter((d) => !hasEnglish(d));
    expect(missing).toEqual([]);
  });
});
