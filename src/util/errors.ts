import type { MessageParams } from '../diagnostics/types.js';

/** A mistake in how the command was called (exit code 2), with a message id for both languages. */
export class UsageError extends Error {
  constructor(
    readonly messageId: string,
    readonly params: MessageParams = {},
  ) {
    super(messageId);
  }
}
