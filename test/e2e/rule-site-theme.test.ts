import { afterAll, describe, expect, it } from 'vitest';
import { REGISTRO, cleanup, findings } from '../rule-harness.js';

/** site-theme: the colour behind the header's white text and the logo of opzioni.sito, at their values. */
const site = (lines: string) => ({ 'registro.yaml': `${REGISTRO}opzioni:\n  sito:\n${lines}` });
afterAll(cleanup);

describe('site-theme', () => {
  it('fires on a colour under 4.5:1 with white, at the value', async () => {
    expect(await findings('site-theme', site('    colore: "#ffcc00"\n'))).toEqual(['registro.yaml:16:13 warning']);
    // A mid blue (3.0:1) is as unreadable as a yellow: the ratio decides, not the hue.
    expect(await findings('site-theme', site('    colore: "#3399ff"\n'))).toEqual(['registro.yaml:16:13 warning']);
  });

  it('fires on a logo that is not an image in the register, at the value', async () => {
    expect(await findings('site-theme', site('    colore: "#00508c"\n    logo: stemma.png\n'))).toEqual(['registro.yaml:17:11 warning']);
    expect(await findings('site-theme', { ...site('    logo: stemma.txt\n'), 'stemma.txt': 'x' })).toEqual(['registro.yaml:16:11 warning']);
  });

  it('is silent on a dark colour and a logo inside the register, and without opzioni.sito', async () => {
    expect(await findings('site-theme', { ...site('    colore: "#00508c"\n    logo: stemma.svg\n'), 'stemma.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' })).toEqual([]);
    expect(await findings('site-theme', site('    colore: "#0066cc"\n'))).toEqual([]);
    expect(await findings('site-theme', { 'registro.yaml': REGISTRO })).toEqual([]);
  });
});
