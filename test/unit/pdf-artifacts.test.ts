import { describe, expect, it } from 'vitest';
import { markArtifacts } from '../../src/informativa/pdf-artifacts.js';

describe('markArtifacts: painting outside marked content becomes an artifact', () => {
  it('wraps an untagged text object and leaves a tagged one alone', () => {
    const out = markArtifacts('/P <</MCID 0 >>BDC BT (tagged) Tj ET EMC q BT (footer) Tj ET Q');
    expect(out).toBe('/P <</MCID 0 >>BDC BT (tagged) Tj ET EMC q\n/Artifact BMC\n BT (footer) Tj ET\nEMC\n Q');
  });

  it('never closes an artifact across q/Q, and keeps operands with their operator', () => {
    const out = markArtifacts('0 0 10 10 re f q 1 0 0 1 5 5 cm 20 20 m 30 30 l S Q');
    expect(out).toBe('\n/Artifact BMC\n0 0 10 10 re f\nEMC\n q 1 0 0 1 5 5 cm\n/Artifact BMC\n 20 20 m 30 30 l S\nEMC\n Q');
  });

  it('is not fooled by operators inside strings, hex strings and dictionaries', () => {
    const content = '/Span <</ActualText (BT \\) EMC \\(q\\) (nested) BDC)>> BDC BT <4254> Tj (BT EMC) Tj ET EMC';
    expect(markArtifacts(content)).toBe(content);
  });

  it('skips the binary data of an inline image', () => {
    const out = markArtifacts('BI /W 1 /H 1 /BPC 8 /CS /G ID \u00ffBT Q EMC EI Q');
    expect(out).toBe('\n/Artifact BMC\nBI /W 1 /H 1 /BPC 8 /CS /G ID \u00ffBT Q EMC EI\nEMC\n Q');
  });

  it('runs in linear time on a long stream', () => {
    const big = 'BT (x) Tj ET '.repeat(100_000);
    const start = performance.now();
    markArtifacts(big);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
