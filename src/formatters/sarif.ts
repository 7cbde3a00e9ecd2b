import { createHash } from 'node:crypto';
import { ALL_CHECKS } from '../rules/index.js';
import { occurrences } from './fingerprint.js';
import { referenceIn } from '../i18n/reference-en.js';
import type { Lang } from '../i18n/lang.js';
import { repoPath, sortDiagnostics, type Formatter } from './report.js';
import { uriReference } from './uri.js';
import { words } from './words.js';

/**
 * SARIF 2.1.0, as GitHub code scanning and other viewers read it: repository-relative
 * forward-slash paths, rule metadata with the legal reference, one result per diagnostic.
 */
export const sarif: Formatter = (report) => {
  const lang = report.lang;
  const rules = ALL_CHECKS.map((check) => ruleOf(check, lang, report.toolVersion));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const found = sortDiagnostics(report.diagnostics).map((d) => ({ path: repoPath(report, d.file), diagnostic: d }));
  const alike = occurrences(found);
  const results = found.map(({ path, diagnostic: d }, i) => {
    const { identity, before } = alike[i]!;
    return {
      ruleId: d.ruleId,
      ...(ruleIndex.has(d.ruleId) ? { ruleIndex: ruleIndex.get(d.ruleId) } : {}),
      level: d.severity,
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriReference(path), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: d.range.start.line,
              startColumn: d.range.start.column,
              endLine: d.range.end.line,
              endColumn: Math.max(d.range.end.column, d.range.start.line === d.range.end.line ? d.range.start.column + 1 : 1),
            },
          },
        },
      ],
      // Of the path as written, as before the uri was encoded: code scanning keeps matching the
      // alerts. The first of findings alike keeps the fingerprint it had before they were counted.
      partialFingerprints: {
        'registro/v1': createHash('sha256').update(before === 0 ? identity : `${identity}\0${before}`).digest('hex').slice(0, 32),
      },
      properties: { messageId: d.messageId },
      ...(d.suppressed ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: d.suppressed.reason }] } : {}),
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'registro', version: report.toolVersion, semanticVersion: report.toolVersion, language: lang, rules } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: words[lang].repositoryRoot } } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** Where the rule's page is for everyone: the docs/ folder of the published package, at this version. */
type Check = (typeof ALL_CHECKS)[number];

/** A rule's metadata, its legal reference cited in the report's language. */
function ruleOf(check: Check, lang: Lang, version: string) {
  const reference = referenceIn(check.reference, lang);
  return {
    id: check.id,
    name: check.id.replace(/(^|-)(\w)/g, (_m, _d, ch: string) => ch.toUpperCase()),
    shortDescription: { text: check.title[lang] },
    fullDescription: { text: reference ? `${check.title[lang]} (${reference})` : check.title[lang] },
    // The page as published with this very version: a link relative to docs/ would point into
    // the user's repository, where no such folder exists.
    helpUri: docsUrl(version, check.id),
    help: { text: docsUrl(version, check.id), markdown: `[${check.id}](${docsUrl(version, check.id)})` },
    defaultConfiguration: { level: check.severity },
    properties: { reference },
  };
}

function docsUrl(version: string, id: string): string {
  return `https://unpkg.com/registro@${encodeURIComponent(version)}/docs/rules/${id}.md`;
}
