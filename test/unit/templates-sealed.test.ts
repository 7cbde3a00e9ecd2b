import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, ROOT } from '../helpers.js';
import { validateRegister } from '../../src/validate/validate-register.js';
import { buildNotice } from '../../src/informativa/model.js';
import { loadTemplates, type Layer } from '../../src/informativa/templates.js';
import { rightsMismatch } from '../../src/informativa/check-rights.js';
import { textOfHtml } from '../../src/readability/text-of-html.js';
import type { Lang } from '../../src/i18n/lang.js';

/**
 * `validate` reads the built-in notices without sanitizing them (templates.ts, renderForChecks).
 * That holds only while those templates contain nothing the sanitizer removes and escape every
 * value: these tests fail when a template change breaks either.
 */
const BUILT_IN = join(ROOT, 'templates/informativa');
const sources = readdirSync(BUILT_IN, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.hbs'))
  .map((f) => [f, readFileSync(join(BUILT_IN, f), 'utf8')] as const);

describe('the built-in notice templates hold nothing the sanitizer would remove', () => {
  it('finds the templates', () => {
    expect(sources.map(([f]) => f)).toEqual(expect.arrayContaining(['it/informativa.hbs', 'it/breve.hbs', 'en/informativa.hbs', 'en/breve.hbs']));
  });

  it.each(sources)('%s: every value escaped, no dropped element, no event handler', (_name, source) => {
    // {{{x}}} and {{&x}} print a value unescaped: only the built-in style sheet is, inside <style>.
    expect(source.replace('<style>{{{css}}}</style>', '')).not.toMatch(/\{\{~?\{|\{\{~?&/);
    expect(source).not.toMatch(/<(?:script|iframe|frame|frameset|object|embed|applet|portal|fencedframe|base|form|noscript|link)\b/i);
    for (const meta of source.match(/<meta\b[^>]*>/gi) ?? []) expect(meta).toMatch(/charset=|name="viewport"|http-equiv="Content-Security-Policy"/);
    expect(source).not.toMatch(/<[a-z][^>]*\son[a-z-]*\s*=/i);
  });
});

async function noticesOf(dir: string, lang: Lang) {
  const { register } = await validateRegister(dir, dir, '2026-12-03', { rules: false });
  const templates = loadTemplates(lang);
  return register.servizi.map((service) => ({ id: service.id, model: buildNotice(register, service, lang, templates.logo), templates }));
}

const LAYERS: Layer[] = ['informativa', 'breve'];

it('the built-in style sheet cannot close its <style> element', () => {
  expect(readFileSync(join(BUILT_IN, 'style.css'), 'utf8')).not.toContain('<');
});

describe('what the checks read is what is published', () => {
  it.each(['it', 'en'] as const)('the example register, in %s: the notice the checks read is the published one, byte for byte', async (lang) => {
    const notices = await noticesOf(EXAMPLE, lang);
    expect(notices.length).toBeGreaterThan(2);
    for (const { model, templates } of notices) for (const layer of LAYERS) expect(templates.renderForChecks(layer, model)).toBe(templates.render(layer, model));
  });

  it.each(['it', 'en'] as const)('every value of the model made of markup, in %s: it is escaped, so the checks still read the published text and marks', async (lang) => {
    // Reading the sources cannot see a helper that starts returning markup: the rendering can.
    const hostile = `</p><noscript>N</noscript><script>S</script><a href="javascript:x" onclick="y">z</a>" onmouseover=1 x='`;
    const poison = (value: unknown): unknown =>
      typeof value === 'string' ? (value.startsWith('data:') ? value : hostile) : Array.isArray(value) ? value.map(poison) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v)])) : value;
    const notices = await noticesOf(EXAMPLE, lang);
    for (const { model, templates } of notices) {
      const poisoned = poison(model) as typeof model;
      expect(templates.renderForChecks('informativa', poisoned)).toBe(templates.render('informativa', poisoned));
      const [raw, published] = [templates.renderForChecks('breve', poisoned), templates.render('breve', poisoned)];
      expect(textOfHtml(raw)).toBe(textOfHtml(published));
      expect(rightsMismatch(raw, poisoned)).toEqual(rightsMismatch(published, poisoned));
    }
  });

  it('a script link from the register is cut from the published notice; the text and the rights marks stay the same', async () => {
    const [first] = await noticesOf(EXAMPLE, 'it');
    const model = { ...first!.model, url_completa: 'javascript:alert(1)' };
    const raw = first!.templates.renderForChecks('breve', model);
    const published = first!.templates.render('breve', model);
    expect(raw).toContain('href="javascript:alert(1)"');
    expect(published).not.toContain('href="javascript:');
    expect(textOfHtml(raw)).toBe(textOfHtml(published));
    expect(rightsMismatch(raw, model)).toEqual(rightsMismatch(published, model));
  });
});
