import Handlebars from 'handlebars';
import { UsageError } from '../util/errors.js';

/**
 * A register's own template may not print a value without escaping it ({{{x}}} or {{& x}}): a
 * value from the YAML would become markup of the published notice (a <style> that hides it, a
 * link to another site). The one exception is {{{css}}}, the template folder's own stylesheet,
 * as the built-in templates print it. A template that does not parse is left to the compiler,
 * which says where.
 */
export function refuseUnescapedValues(source: string, path: string): void {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(source);
  } catch {
    return;
  }
  const found = firstUnescaped(program);
  if (found) throw new UsageError('usage.templateUnescaped', { path, line: found.loc.start.line, column: found.loc.start.column + 1 });
}

type Node = hbs.AST.Node & { loc: hbs.AST.SourceLocation };

function firstUnescaped(node: unknown): Node | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const n = node as Partial<hbs.AST.MustacheStatement> & { type?: string };
  if (n.type === 'MustacheStatement' && n.escaped === false && !isOwnStylesheet(n as hbs.AST.MustacheStatement)) return n as unknown as Node;
  // Children: a block's program and inverse, the statements of a program (and a partial block's).
  for (const key of ['body', 'program', 'inverse'] as const) {
    const child = (node as Record<string, unknown>)[key];
    const list = Array.isArray(child) ? child : [child];
    for (const c of list) {
      const hit = firstUnescaped(c);
      if (hit) return hit;
    }
  }
  return undefined;
}

function isOwnStylesheet(m: hbs.AST.MustacheStatement): boolean {
  return m.path.type === 'PathExpression' && (m.path as hbs.AST.PathExpression).original === 'css' && m.params.length === 0 && !m.hash;
}
