import { today } from '../util/today.js';

/** How often the clock is looked at: a minute late past midnight, or after a commit, is soon enough. */
const CHECK_EVERY_MS = 60_000;

/**
 * Calls `onTick` once a minute while the editor stays open, saying whether the date changed
 * (midnight, or a new REGISTRO_TODAY): date-based findings (dates, stale, retention-limit...) of
 * files nobody edits must follow, and so must git history after a commit made in a terminal.
 * The timer never keeps the process alive.
 */
export function watchClock(onTick: (newDay: boolean) => void): void {
  let day = today();
  const timer = setInterval(() => {
    const now = today();
    const newDay = now !== day;
    day = now;
    onTick(newDay);
  }, CHECK_EVERY_MS);
  timer.unref();
}
