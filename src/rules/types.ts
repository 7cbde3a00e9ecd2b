import type { MessageParams, Severity } from '../diagnostics/types.js';
import type { MessageId } from '../i18n/messages-it.js';
import type { Register } from '../register/model.js';
import type { SourceFile } from '../register/source-file.js';
import type { GitHistory } from '../history/git-history.js';

/** What a check is, for `registro rules`, SARIF rule metadata and the docs pages. */
export interface CheckMeta {
  id: string;
  severity: Severity;
  /** Legal reference, e.g. "art. 30, par. 1, lett. a)". Empty for checks of form, not of law. */
  reference: string;
  title: { it: string; en: string };
}

export interface RuleContext {
  register: Register;
  /** Today's date, YYYY-MM-DD (local time): the reference for dates in the future. */
  today: string;
  /** What git says of the records' changes: only in `validate`, inside a git repository. */
  history?: GitHistory;
}

/** One finding of a rule: where (a JSON Pointer into a file) and what (a message id and its values). */
export interface Finding {
  file: SourceFile;
  pointer: string;
  /** Point at the key of the entry (default) or at its value. */
  at?: 'key' | 'value';
  /**
   * The words of the value the finding is about: in a value of several lines (a paragraph, a
   * block scalar) it points at them, where the source has them, instead of at the whole value.
   */
  words?: string;
  messageId: MessageId;
  params: MessageParams;
  /** A finding graver or lighter than the rule's default (e.g. a joint controller's arrangement). */
  severity?: Severity;
}

export interface Rule extends CheckMeta {
  check(context: RuleContext): Iterable<Finding>;
}
