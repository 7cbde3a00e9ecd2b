import { describe, expect, it } from 'vitest';
import { groupsByPage, PAGE_UNITS, printLayout } from '../../src/export/xlsx-pages.js';

describe('the pages across of a wide sheet', () => {
  it('keeps a sheet within one page wide unscaled by our layout (the fit to one page does it)', () => {
    expect(printLayout([20, 30, 40], [[0, 2]], 2)).toEqual({ pages: [{ from: 0, to: 2 }] });
  });

  it('breaks before a group that does not fit, never inside it, and every page holds its columns at the scale', () => {
    const widths = [14, 24, 60, 60, 50, 50, 40];
    const layout = printLayout(widths, [[0, 2], [3, 4], [5, 6]], 2);
    expect(layout.pages).toEqual([{ from: 0, to: 2 }, { from: 3, to: 4 }, { from: 5, to: 6 }]);
    for (const [i, p] of layout.pages.entries()) {
      const width = widths.slice(p.from, p.to + 1).reduce((a, b) => a + b, 0) + (i > 0 ? 38 : 0);
      expect(width).toBeLessThanOrEqual(PAGE_UNITS);
    }
    expect(layout.scale).toBeGreaterThanOrEqual(70);
  });

  it('splits a group wider than any page, and gives each part, and the repeated columns, its own label', () => {
    const widths = [14, 24, ...Array.from({ length: 12 }, () => 30)];
    const groups: Array<[string, number, number]> = [['Trattamento', 0, 3], ['Interessati e dati personali (art. 30.1.c)', 4, 13]];
    const layout = printLayout(widths, groups.map(([, f, t]) => [f, t] as const), 2);
    expect(layout.pages.length).toBeGreaterThan(2);
    const labelled = groupsByPage(groups, layout, 2);
    expect(labelled[0]).toEqual(['Trattamento', 0, 1]);
    expect(labelled[1]).toEqual(['Trattamento', 2, 3]);
    // Each page's columns lie under labels that start and end on that page.
    for (const p of layout.pages) {
      for (let col = p.from; col <= p.to; col++) {
        const [, from, to] = labelled.find(([, f, t]) => f <= col && col <= t)!;
        expect(from >= p.from && to <= p.to).toBe(true);
      }
    }
    // The group begins on page 1 beside the first one, and goes on over the others.
    expect(labelled.filter(([l]) => l.startsWith('Interessati')).length).toBe(layout.pages.length);
  });
});
