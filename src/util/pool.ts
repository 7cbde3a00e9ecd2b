/**
 * Runs `work` on each item, `width` at a time, and ends only when every started item has ended.
 * After the first failure no new item starts, and that failure is thrown once the others have
 * settled: a batch that failed never goes on writing files after its error has been reported.
 */
export async function eachInPool<T>(items: readonly T[], width: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !failure) {
      const index = next++;
      try {
        await work(items[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  if (failure) throw failure.error;
}
