import type { MessageParams } from '../diagnostics/types.js';
import type { MessageId } from '../i18n/messages-it.js';

/** A mistake in how the command was called (exit code 2), with a message id for both languages. */
export class UsageError extends Error {
  constructor(
    readonly messageId: MessageId,
    readonly params: MessageParams = {},
  ) {
    super(messageId);
  }
}

/**
 * An error from the operating system (ENOENT, EACCES, ELOOP...): the expected way for a file to
 * be unreadable. Anything else thrown while reading is a defect and must not be caught with it.
 */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z0-9]+$/.test((error as NodeJS.ErrnoException).code!);
}

/** A recursive parser that ran out of stack on hostile nesting: the one exception parsers may throw. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
