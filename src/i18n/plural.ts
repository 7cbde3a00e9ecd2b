/**
 * `n word` with the singular for exactly one and the plural otherwise: Italian and English both
 * say "0 errori" / "0 errors". Every message that prints a count goes through here.
 */
export function count(n: number | string | undefined, one: string, many: string): string {
  return `${n} ${Number(n) === 1 ? one : many}`;
}

/** The singular or plural form alone, for a verb or an adjective that agrees with a count. */
export function agree(n: number | string | undefined, one: string, many: string): string {
  return Number(n) === 1 ? one : many;
}
