import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { join } from 'node:path';
import { validateRegister } from '../src/validate/validate-register.js';
import type { MessageParams, Severity } from '../src/diagnostics/types.js';
import type { MessageId } from '../src/i18n/messages-it.js';
import { MINIMAL, registerWith, remove } from './helpers.js';

/** The minimal clean register's files, patched by the rule tests: each case changes a few lines. */
export const MENSA = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8');
export const REGISTRO = readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8');
export const SOGGETTI = readFileSync(join(MINIMAL, 'soggetti.yaml'), 'utf8');
export const COMPANY = REGISTRO.replace('ente_pubblico: true', 'ente_pubblico: false').replace('tipo: comune', 'tipo: impresa');

/** A text with some parts replaced: [old, new] pairs, each of which must be present. */
export function patch(text: string, ...replacements: Array<[string, string]>): string {
  let out = text;
  for (const [from, to] of replacements) {
    if (!out.includes(from)) throw new Error(`fixture has no "${from}"`);
    out = out.replace(from, to);
  }
  return out;
}

export const mensa = (...r: Array<[string, string]>) => patch(MENSA, ...r);

const dirs: string[] = [];
export function cleanup(): void {
  dirs.splice(0).forEach(remove);
}

async function ruleDiagnostics(rule: string, files: Record<string, string>, from: string) {
  const dir = registerWith(files, from);
  dirs.push(dir);
  const { diagnostics } = await validateRegister(dir, dir, '2026-12-03');
  return diagnostics.filter((d) => d.ruleId === rule && !d.suppressed);
}

/** `file:line:col severity` of one rule's findings on the minimal register with these files, sorted. */
export async function findings(rule: string, files: Record<string, string>, from = MINIMAL): Promise<string[]> {
  return (await ruleDiagnostics(rule, files, from)).map((d) => `${d.file}:${d.range.start.line}:${d.range.start.column} ${d.severity}`).sort();
}

/**
 * One expected finding, as ESLint's RuleTester lists them: where, how severe, which message and
 * with which values. The id is a MessageId, so a typo in a test does not type-check; leaving out
 * `params` asserts that the message takes none.
 */
export interface Finding {
  at: string;
  severity: Severity;
  messageId: MessageId;
  params?: MessageParams;
}

const order = (a: Finding, b: Finding) => `${a.at} ${a.messageId} ${JSON.stringify(a.params)}`.localeCompare(`${b.at} ${b.messageId} ${JSON.stringify(b.params)}`);

/** One rule's findings as `Finding`s, sorted, for `toEqual(sorted(expected))`. */
export async function detailedFindings(rule: string, files: Record<string, string>, from = MINIMAL): Promise<Finding[]> {
  const found = (await ruleDiagnostics(rule, files, from)).map((d) => ({
    at: `${d.file}:${d.range.start.line}:${d.range.start.column}`,
    severity: d.severity,
    messageId: d.messageId,
    ...(Object.keys(d.params ?? {}).length > 0 ? { params: d.params } : {}),
  }));
  return sorted(found);
}

/** Expected findings in the order `detailedFindings` returns them. */
export function sorted(list: Finding[]): Finding[] {
  return [...list].sort(order);
}

/** One rule, both sides of the edge it checks: files where it fires (every finding given) and files where it stays silent. */
export interface RuleCase {
  rule: string;
  name?: string;
  fires: Record<string, string>;
  expect: Finding[];
  silent: Record<string, string>;
}

/** Two tests per case, named by the rule and the case. */
export function testRuleCases(cases: readonly RuleCase[]): void {
  for (const c of cases) {
    it(c.name ? `${c.rule} fires: ${c.name}` : `${c.rule} fires at the exact position`, async () => {
      expect(await detailedFindings(c.rule, c.fires)).toEqual(sorted(c.expect));
    });
    it(c.name ? `${c.rule} stays silent: ${c.name}` : `${c.rule} stays silent where the law is met`, async () => {
      expect(await findings(c.rule, c.silent)).toEqual([]);
    });
  }
}
