import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../i18n/lang.js';
import type { DiagnosticData } from './convert.js';
import { lspWords } from './words.js';

type Params = DiagnosticData['params'];

/**
 * The diagnostics that already know the answer, by message id: what the range holds now (to
 * check the text was not edited since) and what to write instead.
 */
const FIXES: Record<string, { now: (p: Params) => string; instead: (p: Params) => string[] }> = {
  'schema.enumSuggest': { now: (p) => String(p.value), instead: (p) => [String(p.suggestion)] },
  'schema.dateSuggest': { now: (p) => String(p.value), instead: (p) => [String(p.suggestion)] },
  'schema.id': { now: (p) => String(p.value), instead: (p) => (p.suggestion ? [String(p.suggestion)] : []) },
  'schema.country': { now: (p) => String(p.value), instead: (p) => (p.suggestion ? [String(p.suggestion)] : []) },
  'schema.typeBoolHint': { now: (p) => String(p.value), instead: (p) => [String(p.suggestion)] },
  'schema.typeQuoteHint': { now: (p) => String(p.value), instead: (p) => [JSON.stringify(String(p.value))] },
  'schema.additionalSuggest': { now: (p) => String(p.key), instead: (p) => [String(p.suggestion)] },
  'ref.partySuggest': { now: (p) => String(p.id), instead: (p) => [String(p.suggestion)] },
  'ref.activitySuggest': { now: (p) => String(p.id), instead: (p) => [String(p.suggestion)] },
  'vocab.unknownSuggest': { now: (p) => String(p.term), instead: (p) => [String(p.suggestion)] },
  'config.unknownRuleSuggest': { now: (p) => String(p.id), instead: (p) => [String(p.suggestion)] },
  'suppression.unknownRule': { now: (p) => String(p.rule), instead: (p) => (p.suggestion ? [String(p.suggestion)] : []) },
  // A public body on legitimate interest: the message names the two bases it can use instead.
  'rule.publicLegitInterest': { now: () => '6.1.f', instead: () => ['6.1.e', '6.1.c'] },
};

/** Quick fixes for the diagnostics the editor sends back (those of registro only). */
export function quickFixes(doc: TextDocument, diagnostics: readonly LspDiagnostic[], lang: Lang): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'registro') continue;
    const data = diagnostic.data as DiagnosticData | undefined;
    const fix = data && FIXES[data.messageId];
    if (!fix) continue;
    const written = doc.getText(diagnostic.range);
    // Quotes around the value stay outside the edit; a range that no longer holds the value is left alone.
    const quoted = /^(["']).*\1$/s.test(written);
    if ((quoted ? written.slice(1, -1) : written) !== fix.now(data.params)) continue;
    const range = quoted && data.messageId !== 'schema.typeQuoteHint'
      ? { start: { ...diagnostic.range.start, character: diagnostic.range.start.character + 1 }, end: { ...diagnostic.range.end, character: diagnostic.range.end.character - 1 } }
      : diagnostic.range;
    fix.instead(data.params).forEach((newText, i) => {
      const title = data.messageId === 'schema.typeQuoteHint' ? lspWords[lang].quote(String(data.params.value)) : lspWords[lang].replaceWith(newText);
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
