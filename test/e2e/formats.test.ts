import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { registerWith, registro, remove, tempDir, ROOT } from '../helpers.js';

/** A register with one error and one warning, and a message holding the characters formats must escape. */
let dir: string;
beforeAll(() => {
  dir = registerWith({
    'trattamenti/mensa.yaml': 'denominazione: Mensa\ncreato: 2020-01-01\naggiornato: 2020-01-01\nlarga_scala: SI\n',
    'soggetti-vecchi.yaml': 'soggetti: []\n',
    'servizi/mensa.yaml': 'denominazione: "Mensa, 100% bio: sì"\ntrattamenti: [mensa, "a,b%c:d"]\n',
  });
});
afterAll(() => remove(dir));

const run = (...args: string[]) => registro(['validate', '.', ...args], { cwd: dir });

describe('validate: every output format parses back', () => {
  it('stylish is the default, Italian, file:line:col', () => {
    const r = run();
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('trattamenti/mensa.yaml:4:14  errore  atteso true o false');
    expect(r.stdout).toMatch(/soggetti-vecchi\.yaml:1:1 {2}avviso {2}file "soggetti-vecchi\.yaml" fuori posto/);
    expect(r.stdout).toContain('✖ 2 errori e 1 avviso');
    expect(r.stdout).not.toMatch(/\x1b\[/); // no colour outside a TTY
  });

  it('--lang en gives English messages', () => {
    const r = run('--lang', 'en');
    expect(r.stdout).toContain('trattamenti/mensa.yaml:4:14  error  expected true or false, found the text "SI": write true');
    expect(r.stdout).toContain('2 errors and 1 warning');
  });

  it('json', () => {
    const out = JSON.parse(run('--format', 'json').stdout);
    expect(out.summary).toEqual({ errors: 2, warnings: 1, suppressed: 0, uncheckedFiles: 2 });
    const d = out.diagnostics.find((x: { messageId: string }) => x.messageId === 'schema.typeBoolHint');
    expect(d).toMatchObject({ file: 'trattamenti/mensa.yaml', line: 4, column: 14, severity: 'error', messageId: 'schema.typeBoolHint' });
  });

  it('sarif 2.1.0 with the fields GitHub code scanning reads, repo-relative paths', () => {
    const log = JSON.parse(registro(['validate', 'test/fixtures/minimal', '--format', 'sarif'], { cwd: ROOT }).stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.name).toBe('registro');
    expect(log.runs[0].results).toEqual([]);

    const sarif = JSON.parse(run('--format', 'sarif').stdout);
    const run0 = sarif.runs[0];
    const ruleIds = run0.tool.driver.rules.map((r: { id: string }) => r.id);
    // Each rule's page is reachable from any repository: an absolute URL of the published docs.
    for (const rule of run0.tool.driver.rules as Array<{ id: string; helpUri: string }>) {
      expect(rule.helpUri).toMatch(new RegExp(`^https://unpkg\\.com/registro@\\d+\\.\\d+\\.\\d+[^/]*/docs/rules/${rule.id}\\.md$`));
      expect(existsSync(join(ROOT, 'docs/rules', `${rule.id}.md`)), rule.id).toBe(true);
    }
    for (const result of run0.results) {
      expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
      expect(['error', 'warning']).toContain(result.level);
      const loc = result.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).not.toMatch(/^\/|\\|^\.\.?\//);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(typeof result.message.text).toBe('string');
      expect(result.partialFingerprints['registro/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    const mensa = run0.results.find((r: { ruleId: string; message: { text: string } }) => r.ruleId === 'schema' && r.message.text.includes('SI'));
    expect(mensa.locations[0].physicalLocation.artifactLocation.uri).toBe('trattamenti/mensa.yaml');
    expect(mensa.locations[0].physicalLocation.region).toMatchObject({ startLine: 4, startColumn: 14 });
  });

  it('sarif paths are relative to the repository root, not the working directory', () => {
    const log = JSON.parse(registro(['validate', '.', '--format', 'sarif'], { cwd: join(ROOT, 'test/fixtures') }).stdout);
    // The fixture registers are clean; what a register accepts in writing comes with its reason.
    const results = log.runs[0].results as Array<{ suppressions?: Array<{ justification: string }>; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
    expect(results.filter((r) => !r.suppressions)).toEqual([]);
    for (const r of results) {
      expect(r.suppressions![0]!.justification.length).toBeGreaterThan(20);
      expect(r.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^test\/fixtures\/(law|dpo)\//);
    }
    const bad = registerWith({ 'trattamenti/x.yaml': 'denominazione: [\n' });
    try {
      const sub = registro(['validate', '..', '--format', 'sarif'], { cwd: join(bad, 'trattamenti') });
      // Outside a git repository the working directory is the root.
      expect(JSON.parse(sub.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('x.yaml');
    } finally {
      remove(bad);
    }
  });

  it('github: escaped workflow commands and a step summary', () => {
    const summaryDir = tempDir();
    const summary = join(summaryDir, 'summary.md');
    writeFileSync(summary, '');
    const r = registro(['validate', '.', '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain(
      '::error file=trattamenti/mensa.yaml,line=4,col=14,endLine=4,endColumn=16,title=registro%3A schema::atteso true o false, trovato il testo "SI": scrivi true',
    );
    expect(lines).toContain(
      '::error file=servizi/mensa.yaml,line=2,col=22,endLine=2,endColumn=31,title=registro%3A schema::identificativo "a,b%25c:d" non valido (minuscole, cifre e trattini): ad esempio "a-b-c-d"',
    );
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::/);
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('## Validazione del registro dei trattamenti');
    expect(md).toContain('| trattamenti/mensa.yaml | 4:14 | errore |');
    remove(summaryDir);
  });

  it('junit: valid XML, one suite per register, unique classname per file', () => {
    const xml = run('--format', 'junit').stdout;
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const suite = doc.testsuites.testsuite;
    expect(Number(doc.testsuites.failures)).toBe(3);
    const cases = ([] as Array<Record<string, unknown>>).concat(suite.testcase);
    const classnames = cases.map((c) => c.classname as string);
    expect(new Set(classnames)).toEqual(new Set(['registro.yaml', 'servizi/mensa.yaml', 'soggetti-vecchi.yaml', 'soggetti.yaml', 'trattamenti/mensa.yaml']));
    const passing = cases.filter((c) => !c.failure).map((c) => c.classname);
    expect(passing).toEqual(['registro.yaml', 'soggetti.yaml']);
    const failure = cases.find((c) => c.classname === 'trattamenti/mensa.yaml' && String(c.name).startsWith('schema'))!.failure as Record<string, string>;
    expect(failure.type).toBe('error');
    expect(failure.message).toContain('atteso true o false');
  });

  it('codequality: the GitLab format', () => {
    const issues = JSON.parse(run('--format', 'codequality').stdout);
    expect(issues).toHaveLength(3);
    const fingerprints = new Set(issues.map((i: { fingerprint: string }) => i.fingerprint));
    expect(fingerprints.size).toBe(3);
    const schema = issues.find((i: { check_name: string; description: string }) => i.check_name === 'schema' && i.description.includes('SI'));
    expect(schema).toMatchObject({ severity: 'major', location: { path: 'trattamenti/mensa.yaml', lines: { begin: 4 } } });
    expect(issues.find((i: { check_name: string }) => i.check_name === 'layout').severity).toBe('minor');
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    const out = join(tempDir(), 'report.sarif');
    const r = run('--format', 'sarif', '--output', out);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });
});

describe('junit for GitLab and Jenkins', () => {
  it('every test case of a file has its own name, even two findings of one rule at one place', () => {
    const xml = registro(['validate', 'registers/comune-con-difetti', '--format', 'junit'], { cwd: ROOT }).stdout;
    const cases = [...xml.matchAll(/<testcase classname="([^"]*)" name="([^"]*)"/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(cases.length).toBeGreaterThan(50);
    expect(new Set(cases).size).toBe(cases.length);
    // The register with defects has such pairs: the second is told apart by its number.
    expect(cases.filter((c) => c.endsWith(' (2)')).length).toBeGreaterThan(0);
  });

  it('run from inside the register, its suite is named by the folder, not "."', () => {
    const xml = registro(['validate', '.', '--format', 'junit'], { cwd: join(ROOT, 'registers/comune-con-difetti') }).stdout;
    expect([...xml.matchAll(/<testsuite name="([^"]*)"/g)].map((m) => m[1])).toEqual(['comune-con-difetti']);
  });
});
