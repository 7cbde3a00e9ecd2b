import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { registerWith, registro, remove, tempDir } from '../helpers.js';
import { MENSA, patch } from '../rule-harness.js';

/** A record whose file name needs percent-encoding and whose values hold markup and control characters. */
const ODD_NAME = "trattamenti/Caffè & Co's 100%, a:b #1.yaml";
const ODD_RECORD = patch(
  MENSA,
  ['interessati: [genitori, alunni]', 'interessati: [genitori, "\\u0007bell", "alunni\\nfoo", "x\\u2028y", "\\e[31mrosso"]'],
  ['denominazione: Refezione scolastica\n', 'denominazione: Refezione scolastica\nreferente: "<nome del responsabile>"\nufficio: "Ufficio __OGGI__ | scuola"\n'],
);
/** Any control character or line break that would reach a terminal or a CI log as it is. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/;

let dir: string;
beforeAll(() => {
  dir = registerWith({ [ODD_NAME]: ODD_RECORD });
});
afterAll(() => remove(dir));

const run = (...args: string[]) => registro(['validate', '.', ...args], { cwd: dir });

describe('SARIF locations are RFC 3986 URI references', () => {
  const results = () => JSON.parse(run('--format', 'sarif').stdout).runs[0].results as Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;

  it('percent-encodes each segment of an odd file name and keeps the slashes', () => {
    const uris = new Set(results().map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect(uris).toContain("trattamenti/Caff%C3%A8%20%26%20Co's%20100%25%2C%20a%3Ab%20%231.yaml");
  });

  it('every uri, resolved against the source root as a viewer does, is the file of the finding', () => {
    const root = pathToFileURL(dir + '/');
    for (const r of results()) {
      const uri = r.locations[0]!.physicalLocation.artifactLocation.uri;
      const file = fileURLToPath(new URL(uri, root));
      expect(existsSync(file), uri).toBe(true);
      // GitHub code scanning decodes the uri to a repository path.
      expect(decodeURIComponent(uri)).toBe(file.slice(dir.length + 1));
    }
  });

  it('describes %SRCROOT% in the language of the messages', () => {
    const base = (...lang: string[]) => JSON.parse(run('--format', 'sarif', ...lang).stdout).runs[0].originalUriBaseIds['%SRCROOT%'].description.text;
    expect(base('--lang', 'en')).toBe('Root of the repository');
    expect(base()).toBe('Radice del repository');
  });
});

describe('the GitHub step summary shows values as written', () => {
  it('escapes HTML, table pipes and Markdown emphasis in its cells', () => {
    const summaryDir = tempDir();
    const summary = join(summaryDir, 'summary.md');
    writeFileSync(summary, '');
    try {
      registro(['validate', '.', '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
      const md = readFileSync(summary, 'utf8');
      expect(md).toContain('valore da completare: «&lt;nome del responsabile&gt;» è un segnaposto');
      expect(md).toContain("| trattamenti/Caff\u00e8 &amp; Co's 100%, a:b #1.yaml | 1:1 | errore |");
      expect(md).toContain('valore da completare: «Ufficio \\_\\_OGGI\\_\\_ \\| scuola»');
      expect(md).not.toContain('<nome');
      expect(md).not.toMatch(RAW_CONTROL);
    } finally {
      remove(summaryDir);
    }
  });
});

describe('control characters from the register are shown, not sent', () => {
  const bell = 'termine "\\u0007bell" assente dal vocabolario interessati';
  const split = 'termine "alunni\\nfoo" assente dal vocabolario interessati';

  it('stylish: one line per finding, with visible escapes', () => {
    const out = run().stdout;
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).toContain(`  errore  ${bell}: aggiungilo a vocabolario.yaml se è un termine tuo  vocabulary-term`);
    expect(out).toContain(split);
    expect(out).toContain('termine "x\\u2028y"');
    expect(out).toContain('termine "\\u001b[31mrosso"');
    // Each line is a finding (file:line:col), blank, or the summary.
    for (const line of out.trimEnd().split('\n')) expect(line).toMatch(/^(?:.+:\d+:\d+ {2}(?:errore|avviso) {2}.+|✖ .+|)$/);
  });

  it('github annotations: one workflow command per finding, no raw escape in the job log', () => {
    const out = run('--format', 'github').stdout;
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).toContain(bell);
    for (const line of out.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning) file=/);
  });

  it('junit: the failure message shows the escape instead of dropping the character', () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(run('--format', 'junit').stdout);
    const messages = ([] as Array<{ failure?: { message: string } }>).concat(doc.testsuites.testsuite.testcase).map((c) => c.failure?.message ?? '');
    expect(messages).toContain(`${bell}: aggiungilo a vocabolario.yaml se è un termine tuo`);
    expect(messages.some((m) => m.includes(split))).toBe(true);
  });

  it('json and codequality keep the exact text, JSON-escaped', () => {
    const json = JSON.parse(run('--format', 'json').stdout).diagnostics.map((d: { message: string }) => d.message);
    expect(json.some((m: string) => m.includes('termine "\u0007bell"'))).toBe(true);
    const cq = JSON.parse(run('--format', 'codequality').stdout).map((i: { description: string }) => i.description);
    expect(cq.some((m: string) => m.includes('termine "alunni\nfoo"'))).toBe(true);
  });
});
