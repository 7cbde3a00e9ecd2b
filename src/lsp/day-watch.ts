import { today } from '../util/today.js';

/** How often the date is looked at: a minute late past midnight is soon enough. */
const CHECK_EVERY_MS = 60_000;

/**
 * Calls `onNewDay` when the date changes while the editor stays open (midnight, or a new
 * REGISTRO_TODAY): date-based findings (dates, stale, retention-limit...) of files nobody edits
 * must follow. The timer never keeps the process alive.
 */
export function watchDay(onNewDay: () => void): void {
  let day = today();
  const timer = setInterval(() => {
    const now = today();
    if (now === day) return;
    day = now;
    onNewDay();
  }, CHECK_EVERY_MS);
  timer.unref();
}
