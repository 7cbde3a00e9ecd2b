import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { LIMITS, readBounded } from '../util/read-bounded.js';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Lang } from '../i18n/lang.js';
import { TEMPLATES_DIR } from '../util/package-files.js';
import { isInside } from '../util/paths.js';
import { UsageError } from '../util/errors.js';
import type { NoticeModel } from './model.js';
import { sanitizeNoticeHtml } from './sanitize-html.js';
import { refuseUnescapedValues } from './unescaped-values.js';
import { compileTemplate } from '../util/compile-template.js';
import { registerTextHelpers } from '../text/lines-html.js';
import { NOTICE_COMPILE_OPTIONS } from '../util/template-key.js';

export type Layer = 'informativa' | 'breve';

/** Compiled notice templates for one language: the built-in ones, overridden file by file by a user folder. */
export interface TemplateSet {
  /** The notice as published: sanitized. */
  render(layer: Layer, model: NoticeModel): string;
  /** The notice as the checks of `validate` read it: the text and `data-*` marks of the published one. */
  renderForChecks(layer: Layer, model: NoticeModel): string;
  /** The logo of the user folder (logo.png, .jpg or .svg) as a data: URI, inlined so the page loads nothing. */
  logo: string | null;
}

const PARTIAL_NAME = /^[a-z0-9-]+\.hbs$/;
const LOGOS: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml' };

/**
 * Loads the templates. Only fixed names are read from a user folder (informativa.hbs,
 * breve.hbs, style.css, logo.*, partials/NAME.hbs), never through a link that leaves it.
 * Templates are strict: a field the model lacks is an error, never a blank in a published notice.
 */
export function loadTemplates(lang: Lang, userDir?: string): TemplateSet {
  const builtIn = join(TEMPLATES_DIR, 'informativa');
  const user = userDir ? checkedDir(userDir) : undefined;
  // Where each file is looked for, first match wins: the user's folder (per language, then
  // shared), then the built-in one. Each folder is paired with the root it must stay inside.
  const places: Array<[string, string]> = [
    ...(user ? ([[join(user, lang), user], [user, user]] as Array<[string, string]>) : []),
    [join(builtIn, lang), builtIn],
    [builtIn, builtIn],
  ];
  const read = (name: string): string => {
    for (const [dir, root] of places) {
      const path = join(dir, name);
      if (existsSync(path) && confined(path, root)) return userSource(path, root === user);
    }
    throw new UsageError('usage.templateMissing', { name });
  };

  const hbs = Handlebars.create();
  // {{log}} writes to the console: inside validate it would corrupt --format json and forge
  // GitHub annotations. A template that calls it is refused, with words for why.
  hbs.registerHelper('log', () => {
    throw new UsageError('usage.templateLog');
  });
  hbs.registerHelper('eq', (...args: unknown[]) => {
    if (args.length !== 3) throw new Error('eq takes two values: {{#if (eq a b)}}');
    return args[0] === args[1];
  });
  registerTextHelpers(hbs);
  const partials = new Map<string, string>();
  // Later folders override earlier ones: built-in, then the user's shared, then the user's per language.
  for (const [dir, root] of [...places].reverse()) {
    const folder = join(dir, 'partials');
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)) {
      if (PARTIAL_NAME.test(file) && confined(join(folder, file), root)) partials.set(file.slice(0, -4), userSource(join(folder, file), root === user));
    }
  }
  const budget = { calls: 0, depth: 0 };
  for (const [name, source] of partials) hbs.registerPartial(name, boundedPartial(hbs, source, budget));

  const css = read('style.css');
  const compiled = new Map<Layer, HandlebarsTemplateDelegate>();
  const template = (layer: Layer) => {
    let t = compiled.get(layer);
    if (!t) {
      t = compileTemplate(hbs, read(`${layer}.hbs`), NOTICE_COMPILE_OPTIONS);
      compiled.set(layer, t);
    }
    return t;
  };
  const renderRaw = (layer: Layer, model: NoticeModel): string => {
    budget.calls = 0;
    try {
      return template(layer)({ ...model, css });
    } catch (error) {
      if (error instanceof UsageError) throw error;
      if (!(error instanceof Error)) throw error;
      // Handlebars' own errors (syntax, strict fields, missing helpers) and recursion without end.
      throw new UsageError('usage.templateError', { layer, detail: error.message.split('\n')[0] ?? '' });
    }
  };
  return {
    logo: user ? logoOf(user) : null,
    render: (layer, model) => sanitizeNoticeHtml(renderRaw(layer, model)),
    // The built-in templates hold nothing the sanitizer removes (test/unit/templates-sealed.test.ts)
    // and every value they print is escaped, so it could only cut an href with a script scheme:
    // the text and marks the checks read stay the same, without the full parse (half of validate's
    // notice time). A register's own templates are sanitized first, as they will be published.
    renderForChecks: (layer, model) => (user ? sanitizeNoticeHtml(renderRaw(layer, model)) : renderRaw(layer, model)),
  };
}

/** Partials may call partials, but a notice needs neither depth nor thousands of calls: a loop or a fork bomb would. */
const MAX_PARTIAL_DEPTH = 16;
const MAX_PARTIAL_CALLS = 20_000;

/** A partial compiled on first use, counting its calls and depth against the render's budget. */
function boundedPartial(hbs: typeof Handlebars, source: string, budget: { calls: number; depth: number }): HandlebarsTemplateDelegate {
  let compiled: HandlebarsTemplateDelegate | undefined;
  return ((context: unknown, options: RuntimeOptions) => {
    if (budget.depth >= MAX_PARTIAL_DEPTH || ++budget.calls > MAX_PARTIAL_CALLS) {
      throw new UsageError('usage.templatePartialLimit', { depth: MAX_PARTIAL_DEPTH, calls: MAX_PARTIAL_CALLS });
    }
    compiled ??= compileTemplate(hbs, source, NOTICE_COMPILE_OPTIONS);
    budget.depth++;
    try {
      return compiled(context, options);
    } finally {
      budget.depth--;
    }
  }) as HandlebarsTemplateDelegate;
}

/** A template's text; one of the register's own is refused if it prints a value unescaped (the built-in ones never do). */
function userSource(path: string, own: boolean): string {
  const source = readBounded(path, LIMITS.text).toString('utf8');
  if (own && !path.endsWith('.css')) refuseUnescapedValues(source, path);
  return source;
}

/** The templates' folder, links followed: a link to a shared folder of templates is that folder. */
function checkedDir(dir: string): string {
  if (!existsSync(dir)) throw new UsageError('usage.notFound', { path: dir });
  if (!statSync(dir).isDirectory()) throw new UsageError('usage.templatesNotFolder', { path: dir });
  return realpathSync(dir);
}

/** A template file must really live in its folder: a link out of it is refused. */
function confined(path: string, root: string): boolean {
  const real = realpathSync(path);
  if (!isInside(real, realpathSync(root))) throw new UsageError('usage.templateOutside', { path });
  return true;
}

function logoOf(dir: string): string | null {
  for (const [ext, mime] of Object.entries(LOGOS)) {
    const path = join(dir, `logo${ext}`);
    if (existsSync(path) && confined(path, dir)) return `data:${mime};base64,${readBounded(path, LIMITS.text).toString('base64')}`;
  }
  return null;
}
