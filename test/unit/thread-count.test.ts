import { afterEach, describe, expect, it } from 'vitest';
import { threadCount } from '../../src/validate/load-files.js';

/** A thread keeps one core and a half busy (its own and V8's background work): load-files.ts. */
describe('threadCount', () => {
  const saved = process.env.REGISTRO_THREADS;
  afterEach(() => {
    if (saved === undefined) delete process.env.REGISTRO_THREADS;
    else process.env.REGISTRO_THREADS = saved;
  });

  it('uses one thread on one or two cores, and more where the cores can keep them busy', () => {
    delete process.env.REGISTRO_THREADS;
    expect([1, 2, 3, 4, 6, 8, 16, 64].map((cores) => threadCount(cores))).toEqual([1, 1, 2, 2, 4, 5, 8, 8]);
  });

  it('follows REGISTRO_THREADS, up to 8, and ignores a value that is no count', () => {
    for (const [asked, threads] of [['1', 1], ['2', 2], ['4', 4], ['3.7', 3], ['20', 8], ['0', 5], ['-2', 5], ['due', 5], ['', 5]] as const) {
      process.env.REGISTRO_THREADS = asked;
      expect(threadCount(8), `REGISTRO_THREADS=${asked}`).toBe(threads);
    }
  });
});
