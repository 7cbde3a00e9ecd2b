import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { EXAMPLE, ROOT } from '../helpers.js';
import { compileTemplate, isPrecompiled } from '../../src/util/compile-template.js';
import { NOTICE_COMPILE_OPTIONS, SITE_COMPILE_OPTIONS, optionsCopy, type CompileOptions } from '../../src/util/template-key.js';
import { validateRegister } from '../../src/validate/validate-register.js';
import { buildNotice } from '../../src/informativa/model.js';

/**
 * The built-in templates come precompiled by `npm run build` (src/util/compile-template.ts):
 * every one of them must be found, and must render exactly what compiling its text renders.
 */
const folders: Array<[string, CompileOptions]> = [
  ['informativa', NOTICE_COMPILE_OPTIONS],
  ['sito', SITE_COMPILE_OPTIONS],
];
const templates = folders.flatMap(([folder, options]) =>
  readdirSync(join(ROOT, 'templates', folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.hbs'))
    .map((f) => [`${folder}/${f}`, readFileSync(join(ROOT, 'templates', folder, f), 'utf8'), options] as const),
);

describe('precompiled templates', () => {
  it('finds the templates of the notices and of the site', () => {
    expect(templates.map(([name]) => name)).toEqual(expect.arrayContaining(['informativa/it/informativa.hbs', 'informativa/en/breve.hbs', 'sito/layout.hbs']));
  });

  it.each(templates)('%s is precompiled', (_name, source, options) => {
    expect(isPrecompiled(source, options)).toBe(true);
  });

  it('a text edited since the build is compiled, not taken precompiled', () => {
    const [, source] = templates.find(([name]) => name === 'informativa/it/informativa.hbs')!;
    const edited = source.replace('<main', '<main data-edited="sì"');
    expect(edited).not.toBe(source);
    expect(isPrecompiled(edited, NOTICE_COMPILE_OPTIONS)).toBe(false);
    // Compiled strict, as the precompiled ones are: a field the model lacks is an error.
    expect(() => compileTemplate(Handlebars.create(), edited, NOTICE_COMPILE_OPTIONS)({})).toThrow(/not defined/);
    expect(compileTemplate(Handlebars.create(), '<p>{{x}}</p>', NOTICE_COMPILE_OPTIONS)({ x: '<b>' })).toBe('<p>&lt;b&gt;</p>');
  });

  it('the options given to Handlebars are copies: compiling leaves the shared ones, and so the keys, unchanged', () => {
    const before = JSON.stringify(NOTICE_COMPILE_OPTIONS);
    Handlebars.precompile('{{x}}', optionsCopy(NOTICE_COMPILE_OPTIONS));
    compileTemplate(Handlebars.create(), '{{y}}', NOTICE_COMPILE_OPTIONS)({ y: 1 });
    expect(JSON.stringify(NOTICE_COMPILE_OPTIONS)).toBe(before);
    expect(Object.isFrozen(NOTICE_COMPILE_OPTIONS.knownHelpers)).toBe(true);
  });

  it("renders the example's notices as compiling the same text does, byte for byte", async () => {
    const { register } = await validateRegister(EXAMPLE, EXAMPLE, '2026-12-03', { rules: false });
    for (const lang of ['it', 'en'] as const) {
      const render = (precompiled: boolean) => {
        const hbs = Handlebars.create();
        hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
        hbs.registerHelper('frase', (value: unknown) => String(value));
        hbs.registerHelper('righe', (value: unknown) => String(value));
        const compile = (source: string) => (precompiled ? compileTemplate(hbs, source, NOTICE_COMPILE_OPTIONS) : hbs.compile(source, optionsCopy(NOTICE_COMPILE_OPTIONS)));
        const dir = join(ROOT, 'templates/informativa', lang);
        for (const partial of readdirSync(join(dir, 'partials'))) hbs.registerPartial(partial.slice(0, -4), compile(readFileSync(join(dir, 'partials', partial), 'utf8')));
        const template = compile(readFileSync(join(dir, 'informativa.hbs'), 'utf8'));
        return register.servizi.map((service) => template({ ...buildNotice(register, service, lang, null), css: '' }));
      };
      const published = render(true);
      expect(published.length).toBeGreaterThan(2);
      expect(published).toEqual(render(false));
    }
  });
});
