import type { Diagnostic, LocalizedDiagnostic, MessageParams } from '../diagnostics/types.js';
import type { Lang } from './lang.js';
import { it, type MessageId } from './messages-it.js';
import { en } from './messages-en.js';

const catalogs: Record<Lang, Record<MessageId, (p: MessageParams) => string>> = { it, en };

export function message(lang: Lang, id: MessageId, params: MessageParams): string {
  return catalogs[lang][id](params);
}

export function localize(diagnostics: readonly Diagnostic[], lang: Lang): LocalizedDiagnostic[] {
  return diagnostics.map((d) => ({ ...d, message: message(lang, d.messageId, d.params) }));
}
