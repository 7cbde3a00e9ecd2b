import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { untranslatedComments } from '../../src/i18n/init-comments.js';

describe('the templates of registro init', () => {
  it('have an English text for every comment, for init --lang en', () => {
    const dir = join(ROOT, 'templates/init');
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.length).toBeGreaterThan(3);
    const missing = files.flatMap((e) => untranslatedComments(readFileSync(join(e.parentPath, e.name), 'utf8')).map((c) => `${e.name}: ${c}`));
    expect(missing).toEqual([]);
  });
});
