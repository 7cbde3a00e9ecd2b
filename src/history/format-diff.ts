import type { ChangeView, DiffView } from './diff-view.js';
import { WORDS } from './words.js';
import { visible } from '../formatters/visible.js';

/** Diff outputs: pure functions of the diff view. */

const obligations = (view: DiffView) => view.changes.reduce((n, c) => n + c.effects.length, 0);

function heading(c: ChangeView, lang: DiffView['lang']): string {
  const w = WORDS[lang];
  // registro.yaml is one file, named by its label: "Titolare e registro (registro.yaml)".
  if (c.kind === 'registro') return `${c.kindLabel}: ${w.change[c.change]}`;
  const id = c.oldId ? `${c.oldId} → ${c.id}` : c.id;
  return `${c.kindLabel} ${id}${c.name ? ` ${w.named(c.name)}` : ''}: ${w.change[c.change]}`;
}

/** "norma: (vuoto) → D.Lgs. 33/2013": one key changed inside an entry or a map. */
function subLine(s: NonNullable<ChangeView['fields'][number]['changed']>[number]['details'][number], empty: string): string {
  return `${s.path}: ${s.before ?? empty} → ${s.after ?? empty}`;
}

function effectLine(e: ChangeView['effects'][number]): string {
  const services = e.services.length ? `: ${e.services.map((s) => s.name).join(', ')}` : '';
  return `${e.text}${services} (${e.reference})`;
}

/** For the terminal: one block per record, + and - per entry, → for what it obliges. */
export function diffStylish(view: DiffView): string {
  const w = WORDS[view.lang];
  if (view.changes.length === 0) return `${w.none(view.from, view.to)}\n`;
  const lines = [`${w.title(view.from, view.to)}:`, ''];
  for (const c of view.changes) {
    lines.push(heading(c, view.lang));
    for (const f of c.fields) {
      if (f.single) {
        lines.push(`  ${f.label}: ${f.before[0] ?? w.emptyField} → ${f.after[0] ?? w.emptyField}`);
        continue;
      }
      lines.push(`  ${f.label}`);
      for (const v of f.before) lines.push(`    - ${v}`);
      for (const v of f.after) lines.push(`    + ${v}`);
      for (const e of f.changed ?? []) {
        lines.push(`    ~ ${e.entry}`);
        for (const s of e.details) lines.push(`        ${subLine(s, w.emptyField)}`);
      }
    }
    for (const e of c.effects) lines.push(`  → ${effectLine(e)}`);
    lines.push('');
  }
  lines.push(w.summary(view.changes.length, obligations(view)));
  // Names and values come from the register: a line break or a terminal escape in one would
  // start a line of its own in a CI log (a forged `::error` command on GitHub), or clear the screen.
  return lines.map(visible).join('\n') + '\n';
}

/** Text from the register inside Markdown: no markup, no table breaks, no HTML. */
export function mdText(text: string): string {
  return visible(text.replace(/\r?\n/g, ' ')).replace(/&/g, '&amp;').replace(/[\\`*_[\]|<>~]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}

/** An id as code: an id read from git's file names may hold a backtick, a pipe or a line break. */
function mdCode(id: string): string {
  return `\`${visible(id).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

/**
 * For a merge-request comment (GitHub and GitLab): a short table of the records and what they
 * oblige, the fields' old and new values folded in <details>.
 */
export function diffMarkdown(view: DiffView): string {
  const w = WORDS[view.lang];
  if (view.changes.length === 0) return `${mdText(w.none(view.from, view.to))}\n`;
  const out = [`### ${mdText(w.title(view.from, view.to))}`, '', mdText(w.summary(view.changes.length, obligations(view))), ''];
  out.push(`| ${w.record} | ${w.what} | ${w.todo} |`, '| --- | --- | --- |');
  for (const c of view.changes) {
    const id = c.oldId ? `${mdCode(c.oldId)} → ${mdCode(c.id)}` : mdCode(c.id);
    const record = c.kind === 'registro' ? mdText(c.kindLabel) : `${mdText(c.kindLabel)} ${id}${c.name ? ` ${mdText(c.name)}` : ''}`;
    const what = `${w.change[c.change]}${c.fields.length ? `: ${c.fields.map((f) => mdText(f.label)).join(', ')}` : ''}`;
    const todo = c.effects.map((e) => mdText(e.text + (e.services.length ? `: ${e.services.map((s) => s.name).join(', ')}` : ''))).join('<br>');
    out.push(`| ${record} | ${what} | ${todo} |`);
  }
  const detailed = view.changes.filter((c) => c.fields.length > 0 || c.effects.length > 0);
  if (detailed.length > 0) {
    out.push('', `<details><summary>${mdText(w.details)}</summary>`, '');
    for (const c of detailed) {
      out.push(`#### ${mdText(heading(c, view.lang))}`, '');
      for (const f of c.fields) {
        if (f.single) out.push(`- **${mdText(f.label)}**: ${mdText(f.before[0] ?? w.emptyField)} → ${mdText(f.after[0] ?? w.emptyField)}`);
        else {
          out.push(`- **${mdText(f.label)}**`);
          for (const v of f.before) out.push(`  - ${w.removed}: ${mdText(v)}`);
          for (const v of f.after) out.push(`  - ${w.added}: ${mdText(v)}`);
          for (const e of f.changed ?? []) out.push(`  - ${w.changedEntry}: ${mdText(e.entry)}: ${e.details.map((s) => mdText(subLine(s, w.emptyField))).join('; ')}`);
        }
      }
      for (const e of c.effects) out.push(`- ${w.todo}: ${mdText(effectLine(e))}`);
      out.push('');
    }
    out.push('</details>');
  }
  return out.join('\n') + '\n';
}

export function diffJson(view: DiffView, toolVersion: string): string {
  return (
    JSON.stringify(
      {
        tool: { name: 'registro', version: toolVersion },
        lang: view.lang,
        from: view.from,
        to: view.to,
        summary: { records: view.changes.length, obligations: obligations(view) },
        changes: view.changes,
      },
      null,
      2,
    ) + '\n'
  );
}
