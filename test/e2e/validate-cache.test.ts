import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, registerWith, registro, remove } from '../helpers.js';

/**
 * `validate --cache FILE` reuses what unchanged records gave: its findings must always be those
 * of a run without the cache, after a record changes and after a single file the record rules
 * read (soggetti.yaml) changes while the records stay as they were.
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));

function findings(dir: string, cache?: string): unknown[] {
  const run = registro(['validate', dir, '--format', 'json', ...(cache ? ['--cache', cache] : [])]);
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { diagnostics: unknown[] }).diagnostics;
}

describe('validate --cache', () => {
  it('gives the findings of a run without it, run after run and edit after edit', () => {
    const dir = registerWith({}, EXAMPLE);
    dirs.push(dir);
    const cache = join(dir, '..', 'registro.cache');
    expect(findings(dir, cache)).toEqual([]);
    expect(existsSync(cache)).toBe(true);
    expect(findings(dir, cache)).toEqual([]);

    // A record edited: its placeholder is found though the cache held the record clean.
    const record = join(dir, 'trattamenti/anagrafe.yaml');
    writeFileSync(record, readFileSync(record, 'utf8').replace(/^(finalita:\s*\n\s*- )/m, '$1da definire. '));
    const edited = findings(dir);
    expect(edited.length).toBeGreaterThan(0);
    expect(findings(dir, cache)).toEqual(edited);

    // A party removed from soggetti.yaml: the unchanged records that name it are reported again.
    const parties = join(dir, 'soggetti.yaml');
    writeFileSync(parties, readFileSync(parties, 'utf8').replace('id: studio-privacy-tuscia', 'id: studio-privacy-altro'));
    const withoutParty = findings(dir);
    expect(withoutParty.length).toBeGreaterThan(edited.length);
    expect(findings(dir, cache)).toEqual(withoutParty);
    expect(findings(dir, cache)).toEqual(withoutParty);
  });

  it('never overwrites a file that is not its cache, nor takes a YAML file for one', () => {
    const dir = registerWith({}, EXAMPLE);
    dirs.push(dir);
    const notes = join(dir, '..', 'appunti.txt');
    writeFileSync(notes, 'le mie note');
    const run = registro(['validate', dir, '--cache', notes]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('non è una cache di registro validate');
    expect(readFileSync(notes, 'utf8')).toBe('le mie note');
    const yaml = registro(['validate', dir, '--cache', join(dir, 'registro.yaml')]);
    expect(yaml.status).toBe(2);
    expect(yaml.stderr).toContain('è un file YAML');
  });
});
