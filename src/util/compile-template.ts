import type Handlebars from 'handlebars';
import { PRECOMPILED } from './precompiled-templates.js';
import { optionsCopy, templateKey, type CompileOptions } from './template-key.js';

/**
 * A template ready to render. The built-in ones come precompiled by `npm run build` (compiling
 * the notice's templates cost about 40 ms of every run that renders one); any other text, a
 * register's own template or a built-in one edited since the build, is compiled here.
 */
export function compileTemplate(hbs: typeof Handlebars, source: string, options: CompileOptions): HandlebarsTemplateDelegate {
  const spec = PRECOMPILED[templateKey(source, options)];
  return spec ? hbs.template(spec) : hbs.compile(source, optionsCopy(options));
}

/** Whether a template's text is among the precompiled ones (for the tests). */
export function isPrecompiled(source: string, options: CompileOptions): boolean {
  return PRECOMPILED[templateKey(source, options)] !== undefined;
}
