import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../i18n/lang.js';
import type { DiagnosticData } from './convert.js';
import { siblingKeys } from './sibling-keys.js';
import { lspWords } from './words.js';

type Params = DiagnosticData['params'];

interface Fix {
  /** What the range holds now, quotes aside (to check the text was not edited since). */
  now: (p: Params) => string;
  /** What to write instead. */
  instead: (p: Params) => string[];
  /** The new text replaces the scalar with its quotes: "SI" is a string, true must not be one. */
  wholeScalar?: boolean;
  /** A key: never renamed to one its mapping already has. */
  isKey?: boolean;
}

/**
 * The diagnostics that already know the answer, by message id. A Map: a message id sent back by
 * the client is any string, "constructor" or "__proto__" too, and must find nothing.
 */
const FIXES = new Map<string, Fix>(Object.entries({
  'schema.enumSuggest': { now: (p) => String(p.value), instead: (p) => [String(p.suggestion)] },
  'schema.dateSuggest': { now: (p) => String(p.value), instead: (p) => [String(p.suggestion)] },
  'schema.id': { now: (p) => String(p.value), instead: (p) => (p.suggestion ? [String(p.suggestion)] : []) },
  'schema.country': { now: (p) => String(p.value), instead: (p) => (p.suggestion ? [String(p.suggestion)] : []) },
  'schema.typeBoolHint': { now: (p) => String(p.value), instead: (p) => [String(p.suggestion)], wholeScalar: true },
  'schema.typeQuoteHint': { now: (p) => String(p.value), instead: (p) => [JSON.stringify(String(p.value))], wholeScalar: true },
  'schema.typeColonHint': { now: (p) => String(p.value), instead: (p) => [String(p.quoted)], wholeScalar: true },
  'schema.additionalSuggest': { now: (p) => String(p.key), instead: (p) => [String(p.suggestion)], isKey: true },
  'ref.partySuggest': { now: (p) => String(p.id), instead: (p) => [String(p.suggestion)] },
  'ref.activitySuggest': { now: (p) => String(p.id), instead: (p) => [String(p.suggestion)] },
  'vocab.unknownSuggest': { now: (p) => String(p.term), instead: (p) => [String(p.suggestion)] },
  'config.unknownRuleSuggest': { now: (p) => String(p.id), instead: (p) => [String(p.suggestion)] },
  'suppression.unknownRule': { now: (p) => String(p.rule), instead: (p) => (p.suggestion ? [String(p.suggestion)] : []) },
  // A public body on legitimate interest: the message names the two bases it can use instead.
  'rule.publicLegitInterest': { now: () => '6.1.f', instead: () => ['6.1.e', '6.1.c'] },
} satisfies Record<string, Fix>));

/** Quick fixes for the diagnostics the editor sends back (those of registro only). */
export function quickFixes(doc: TextDocument, diagnostics: readonly LspDiagnostic[], lang: Lang): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'registro') continue;
    const data = diagnostic.data as DiagnosticData | undefined;
    const fix = typeof data?.messageId === 'string' ? FIXES.get(data.messageId) : undefined;
    if (!data || !fix || typeof data.params !== 'object' || data.params === null) continue;
    const written = doc.getText(diagnostic.range);
    // Quotes around the value stay outside the edit; a range that no longer holds the value is left alone.
    const quoted = /^(["']).*\1$/s.test(written);
    if ((quoted ? written.slice(1, -1) : written) !== fix.now(data.params)) continue;
    const range = quoted && !fix.wholeScalar
      ? { start: { ...diagnostic.range.start, character: diagnostic.range.start.character + 1 }, end: { ...diagnostic.range.end, character: diagnostic.range.end.character - 1 } }
      : diagnostic.range;
    const taken = fix.isKey ? siblingKeys(doc.getText(), doc.offsetAt(diagnostic.range.start)) : undefined;
    fix.instead(data.params).filter((newText) => !taken?.has(newText)).forEach((newText, i) => {
      const title = data.messageId === 'schema.typeQuoteHint' || data.messageId === 'schema.typeColonHint' ? lspWords[lang].quote(String(data.params.value)) : lspWords[lang].replaceWith(newText);
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: i === 0,
        edit: { changes: { [doc.uri]: [{ range, newText }] } },
      });
    });
  }
  return actions;
}
