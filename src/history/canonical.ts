/**
 * A value written so that two values mean the same exactly when their texts are equal: keys
 * sorted, and lists sorted too (the order of the entries of a register's list carries no
 * meaning), so that moving keys, reformatting or reordering is no change.
 */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The entries of `after` that `before` lacks, and the reverse, counting repeated entries. */
export function listDifference(before: readonly unknown[], after: readonly unknown[]): { added: unknown[]; removed: unknown[] } {
  const remaining = new Map<string, number>();
  for (const item of before) {
    const key = canonical(item);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const added: unknown[] = [];
  for (const item of after) {
    const key = canonical(item);
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else added.push(item);
  }
  const removed: unknown[] = [];
  for (const item of before) {
    const key = canonical(item);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      removed.push(item);
      remaining.set(key, left - 1);
    }
  }
  return { added, removed };
}
