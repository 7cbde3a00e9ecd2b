import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerWith, registro, remove, tempDir } from '../helpers.js';
import { fully, lspSessions, validated } from '../lsp-harness.js';
import { MENSA, patch } from '../rule-harness.js';
import { MINIMAL } from '../helpers.js';

/**
 * A purpose written as a block of text, as offices paste a paragraph: saved on Windows (CRLF,
 * a byte order mark), a dish emoji inside, and too generic to say what is done (purpose-generic
 * reports the whole value). The key after the block (`basi_giuridiche`, line 6) is no part of the
 * finding. (A placeholder in a block is reported at its own words: publishable.test.ts.)
 */
const BLOCK = patch(MENSA, ['  - descrizione: Iscrizione alla mensa scolastica e riscossione delle tariffe\n', "  - descrizione: |\n      Finalità 🍝 istituzionali\n      dell'ente\n"]);
const WINDOWS = Buffer.from(`\ufeff${BLOCK.replace(/\n/g, '\r\n')}`, 'utf8');
const REL = 'trattamenti/mensa.yaml';

/** The text between two 1-based positions of a file (UTF-16 columns, end exclusive), as an editor selects it. */
function covered(text: string, start: { line: number; column: number }, end: { line: number; column: number }): string {
  const lines = text.replace(/^\ufeff/, '').split('\n');
  const offset = (p: { line: number; column: number }) => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
  return text.replace(/^\ufeff/, '').slice(offset(start), offset(end));
}

let dir: string;
beforeAll(() => {
  dir = registerWith({ [REL]: WINDOWS });
});
afterAll(() => remove(dir));
const run = (...args: string[]) => registro(['validate', '.', ...args], { cwd: dir });

describe('a finding on a block of text ends on its last line, in every format', () => {
  it('json: from the | to the end of "dell\'ente", on lines 3 to 5', () => {
    const d = JSON.parse(run('--format', 'json').stdout).diagnostics.find((x: { ruleId: string }) => x.ruleId === 'purpose-generic');
    expect(d).toMatchObject({ file: REL, line: 3, column: 18, endLine: 5 });
    const text = covered(WINDOWS.toString('utf8'), { line: d.line, column: d.column }, { line: d.endLine, column: d.endColumn });
    expect(text.startsWith('|')).toBe(true);
    expect(text.endsWith("istituzionali\r\n      dell'ente")).toBe(true);
  });

  it('github: lines 3 to 5 without columns, which the runner would drop for a range over lines', () => {
    const line = run('--format', 'github').stdout.split('\n').find((l) => l.includes('purpose-generic'));
    expect(line).toMatch(/^::(?:error|warning) file=trattamenti\/mensa\.yaml,line=3,endLine=5,title=registro%3A purpose-generic::/);
  });

  it('gitlab code quality: lines.end is 5, the last line of the block', () => {
    const issue = JSON.parse(run('--format', 'codequality').stdout).find((i: { check_name: string }) => i.check_name === 'purpose-generic');
    expect(issue.location).toEqual({ path: REL, lines: { begin: 3, end: 5 } });
  });

  it('sarif: the region ends after the "e" of "dell\'ente" (endColumn exclusive, UTF-16 units)', () => {
    const run0 = JSON.parse(run('--format', 'sarif').stdout).runs[0];
    expect(run0.columnKind).toBe('utf16CodeUnits');
    const region = run0.results.find((r: { ruleId: string }) => r.ruleId === 'purpose-generic').locations[0].physicalLocation.region;
    expect(region).toMatchObject({ startLine: 3, startColumn: 18, endLine: 5 });
    const lastLine = WINDOWS.toString('utf8').split('\r\n')[4]!;
    expect(lastLine.slice(0, region.endColumn - 1).endsWith("dell'ente")).toBe(true);
    expect(lastLine.slice(region.endColumn - 1)).toBe('');
  });

  const lsp = lspSessions();
  it('registro lsp: the same range over the text as the editor holds it (CRLF, no BOM)', async () => {
    const copy = lsp.copy(MINIMAL, { [REL]: WINDOWS });
    const client = await lsp.start(copy);
    const uri = await lsp.open(client, copy, REL, WINDOWS.toString('utf8').replace(/^\ufeff/, ''));
    const published = fully(await client.diagnosticsFor(uri, (d) => d.length > 0));
    expect(published).toEqual(validated(copy, REL));
    expect(published[0]).toMatch(/^3:18-5:\d+ purpose-generic /);
  });
});

describe('fingerprints do not move with the lines', () => {
  /** A term listed twice: the warning says on which line the first one is. */
  const REPEATED = patch(MENSA, ['interessati: [genitori, alunni]', 'interessati:\n  - genitori\n  - alunni\n  - genitori']);
  const fingerprints = (record: string) => {
    const at = registerWith({ [REL]: record });
    try {
      const cq = JSON.parse(registro(['validate', '.', '--format', 'codequality'], { cwd: at }).stdout) as Array<{ check_name: string; description: string; fingerprint: string; location: { lines: { begin: number } } }>;
      const sarif = JSON.parse(registro(['validate', '.', '--format', 'sarif'], { cwd: at }).stdout).runs[0].results as Array<{ ruleId: string; partialFingerprints: Record<string, string> }>;
      const issue = cq.find((i) => i.check_name === 'vocabulary-term')!;
      return { line: issue.location.lines.begin, description: issue.description, codequality: issue.fingerprint, sarif: sarif.find((r) => r.ruleId === 'vocabulary-term')!.partialFingerprints['registro/v1'] };
    } finally {
      remove(at);
    }
  };

  it('a comment added at the top keeps the repeated term\'s fingerprint in GitLab and code scanning', () => {
    const before = fingerprints(REPEATED);
    const after = fingerprints(`# rivisto dal DPO il 2 dicembre 2026\n${REPEATED}`);
    // The message moves with the text ("la prima alla riga 8", then 9); the finding is the same.
    expect(before.description).toContain('(la prima alla riga 8)');
    expect(after.description).toContain('(la prima alla riga 9)');
    expect(after.line).toBe(before.line + 1);
    expect(after.codequality).toBe(before.codequality);
    expect(after.sarif).toBe(before.sarif);
  });
});

describe('findings alike in one file', () => {
  it('each has its own fingerprint in code scanning and GitLab, or they merge into one alert', () => {
    // The source of two retention terms left to complete: two errors with the same words.
    const at = registerWith({ [REL]: patch(MENSA, ['    fonte: Piano di conservazione', '    fonte: DA COMPLETARE\n  - durata: 10 anni\n    decorrenza: dalla riscossione\n    fonte: DA COMPLETARE']) });
    try {
      const sarif = JSON.parse(registro(['validate', '.', '--format', 'sarif'], { cwd: at }).stdout).runs[0].results as Array<{ ruleId: string; message: { text: string }; partialFingerprints: Record<string, string>; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }>;
      const left = sarif.filter((r) => r.ruleId === 'placeholder');
      expect(left.map((r) => r.locations[0]!.physicalLocation.region.startLine)).toEqual([16, 19]);
      expect(left[0]!.message.text).toBe(left[1]!.message.text);
      expect(new Set(left.map((r) => r.partialFingerprints['registro/v1'])).size).toBe(2);
      const cq = JSON.parse(registro(['validate', '.', '--format', 'codequality'], { cwd: at }).stdout) as Array<{ check_name: string; fingerprint: string }>;
      expect(new Set(cq.filter((i) => i.check_name === 'placeholder').map((i) => i.fingerprint)).size).toBe(2);
    } finally {
      remove(at);
    }
  });
});

describe('a file with old Mac line endings (a carriage return alone)', () => {
  /** As an Excel macro or a classic Mac editor writes it: each line ends with \r only. */
  const MAC = `${MENSA}larga_scala: SI\n`.replace(/\n/g, '\r');
  const lsp = lspSessions();

  it('validate gives the line and column of the value, not "1:1" of a file read as one line', () => {
    const at = registerWith({ [REL]: MAC });
    try {
      const d = JSON.parse(registro(['validate', '.', '--format', 'json'], { cwd: at }).stdout).diagnostics.find((x: { ruleId: string }) => x.ruleId === 'schema');
      expect(d).toMatchObject({ file: REL, line: 20, column: 14, endLine: 20, endColumn: 16 });
      expect(MAC.split('\r')[19]!.slice(13, 15)).toBe('SI');
    } finally {
      remove(at);
    }
  });

  it('registro lsp puts it on the same line, as editors count a lone \\r', async () => {
    const copy = lsp.copy(MINIMAL, { [REL]: MAC });
    const client = await lsp.start(copy);
    const uri = await lsp.open(client, copy, REL, MAC);
    const published = fully(await client.diagnosticsFor(uri, (d) => d.length > 0));
    expect(published).toEqual(validated(copy, REL));
    expect(published).toEqual(['20:14-20:16 schema atteso true o false, trovato il testo "SI": scrivi true']);
  });
});

describe('GitHub annotations name the file as the repository holds it', () => {
  it('run from the register\'s folder (working-directory), file= is the path from the repository root', () => {
    const top = tempDir();
    try {
      // A repository of the ente's website, the register in a folder with a space, brackets and a comma.
      mkdirSync(join(top, '.git'));
      const reg = join(top, 'privacy', 'Registro [2026], v1');
      cpSync(MINIMAL, reg, { recursive: true });
      writeFileSync(join(reg, REL), `${MENSA}larga_scala: SI\n`);
      const out = registro(['validate', '.', '--format', 'github'], { cwd: reg }).stdout;
      expect(out).toContain('::error file=privacy/Registro [2026]%2C v1/trattamenti/mensa.yaml,line=20,col=14,endLine=20,endColumn=16,title=registro%3A schema::');
      // The same path as in the SARIF file code scanning reads.
      const uri = JSON.parse(registro(['validate', '.', '--format', 'sarif'], { cwd: reg }).stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
      expect(decodeURIComponent(uri)).toBe('privacy/Registro [2026], v1/trattamenti/mensa.yaml');
    } finally {
      remove(top);
    }
  });
});
