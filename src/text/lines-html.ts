import Handlebars from 'handlebars';

/**
 * A free text as HTML that keeps its shape: offices paste paragraphs and bulleted lines into
 * the YAML (`|` blocks), and HTML would run them into one line ("8-10 martedì 14-16"). Each
 * line is escaped; a line break becomes <br>, a blank line (a new paragraph) two. <br> is valid
 * in every place a value is printed (a <p>, an <li>, a <dd>), which a <p> of its own is not.
 */
export function linesHtml(text: string): string {
  const paragraphs = text.replace(/\r\n?/g, '\n').trim().split(/\n[ \t]*\n\s*/);
  return paragraphs.map((p) => p.split('\n').map((line) => Handlebars.escapeExpression(line.trim())).join('<br>')).join('<br><br>');
}

/** The text closed by a full stop, unless it already ends a sentence ("S.r.l."). */
export function closedSentence(value: unknown): string {
  const text = String(value ?? '').trimEnd();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/**
 * `{{frase x}}` (the value as a sentence) and `{{righe x}}` (the value as it is), both with
 * their lines and paragraphs, escaped. Shared by the notices and the site, so the two agree.
 */
export function registerTextHelpers(hbs: typeof Handlebars): void {
  // Each helper takes its value and Handlebars' options last: called with none ({{frase}},
  // {{#frase}}...{{/frase}}) it would print "[object Object]." in a published notice.
  const one = (name: string, shape: (value: unknown) => string) =>
    hbs.registerHelper(name, (...args: unknown[]) => {
      if (args.length !== 2) throw new Error(`${name} takes one value: {{${name} campo}}`);
      return new hbs.SafeString(linesHtml(shape(args[0])));
    });
  one('frase', closedSentence);
  one('righe', (value) => String(value ?? ''));
}
