import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, ROOT } from '../helpers.js';
import { fully, lspSessions, settled, uriOf, validated, validatedFiles } from '../lsp-harness.js';

const DEFECTS = join(ROOT, 'registers/comune-con-difetti');
const NEXT_DAY = join(ROOT, 'test/fixtures/lsp/next-day.mjs');
const FAILING_LOAD = join(ROOT, 'test/fixtures/lsp/failing-load.mjs');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('registro lsp: which files, which register, which day', () => {
  const lsp = lspSessions();

  it('takes trattamenti/registro.yaml and servizi/registro.yaml for records, not for the register root', async () => {
    const mensa = readFileSync(join(EXAMPLE, 'servizi/mensa-scolastica.yaml'), 'utf8');
    const dir = lsp.copy(EXAMPLE, { 'trattamenti/registro.yaml': readFileSync(join(EXAMPLE, 'trattamenti/anagrafe.yaml')), 'servizi/registro.yaml': mensa.replace('trattamenti: [', 'trattamenti: [inesistente, ') });
    const client = await lsp.start(dir);
    const record = await lsp.open(client, dir, 'trattamenti/registro.yaml');
    const service = await lsp.open(client, dir, 'servizi/registro.yaml');
    expect(fully(await client.diagnosticsFor(record))).toEqual(validated(dir, 'trattamenti/registro.yaml'));
    const found = await client.diagnosticsFor(service, (d) => d.length > 0);
    expect(fully(found)).toEqual(validated(dir, 'servizi/registro.yaml'));
    expect(found.map((d) => d.code)).toContain('activity-declared');
    // No sibling is told it is out of place, as it would be in a register rooted at trattamenti/.
    expect(client.published().get(uriOf(dir, 'trattamenti/anagrafe.yaml')) ?? []).toEqual([]);
  });

  it('diagnoses a new record open before it exists on disk, as validate will once it is saved', async () => {
    const dir = lsp.copy(DEFECTS);
    const client = await lsp.start(dir);
    const text = readFileSync(join(dir, 'trattamenti/newsletter.yaml'), 'utf8').replace('interessati: [minori]', 'interessati: [minorri]');
    const uri = await lsp.open(client, dir, 'trattamenti/nuovo.yaml', '');
    await client.diagnosticsFor(uri);
    await client.change(uri, 2, text);
    const found = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'vocabulary-term'));
    writeFileSync(join(dir, 'trattamenti/nuovo.yaml'), text);
    expect(fully(found)).toEqual(validated(dir, 'trattamenti/nuovo.yaml'));
  });

  it('gives an unsaved file what the scan gives it once saved: a dot-file, a badly named record, a second registro.yml', async () => {
    const record = readFileSync(join(DEFECTS, 'trattamenti/newsletter.yaml'), 'utf8').replace('interessati: [minori]', 'interessati: [minorri]');
    const cases: Array<[string, string]> = [
      ['trattamenti/.bozza.yaml', record],
      ['trattamenti/Nuovo Servizio.yaml', record],
      ['registro.yml', readFileSync(join(DEFECTS, 'registro.yaml'), 'utf8')],
    ];
    for (const [file, text] of cases) {
      const dir = lsp.copy(DEFECTS);
      const client = await lsp.start(dir);
      await settled(client, await lsp.open(client, dir, file, text));
      writeFileSync(join(dir, file), text);
      const saved = validatedFiles(dir);
      // Every file of the register, the unsaved one too (a dot-file: nothing, as validate says nothing).
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f));
      for (const shown of files) expect(fully(client.published().get(uriOf(dir, shown)) ?? []), `${file}: ${shown}`).toEqual(saved(shown));
    }
  });

  it('after midnight, re-runs the date-based findings of files nobody edits', async () => {
    // Dated tomorrow: an error today, fine tomorrow.
    const tributi = readFileSync(join(EXAMPLE, 'trattamenti/tributi.yaml'), 'utf8').replace(/^aggiornato: .*$/m, 'aggiornato: 2026-12-04');
    const dir = lsp.copy(EXAMPLE, { 'trattamenti/tributi.yaml': tributi });
    const tomorrow = { REGISTRO_TODAY: '2026-12-04' };
    for (const edit of [true, false]) {
      const client = await lsp.start(dir, { nodeArgs: ['--import', NEXT_DAY] });
      const anagrafe = await lsp.open(client, dir, 'trattamenti/anagrafe.yaml');
      const uri = uriOf(dir, 'trattamenti/tributi.yaml');
      expect(fully(await client.diagnosticsFor(uri, (d) => d.length > 0))).toEqual(validated(dir, 'trattamenti/tributi.yaml'));
      client.process.kill('SIGUSR2');
      await sleep(200);
      // An edit of another record, or nothing at all (the server looks at the date by itself).
      if (edit) await client.change(anagrafe, 2, readFileSync(join(dir, 'trattamenti/anagrafe.yaml'), 'utf8') + '\n');
      const next = await client.diagnosticsFor(uri, (d) => !d.some((x) => x.message.includes('nel futuro')), 10_000);
      expect(fully(next), edit ? 'after an edit' : 'without an edit').toEqual(validated(dir, 'trattamenti/tributi.yaml', tomorrow));
    }
  });

  it('keeps republishing the other registers when one failed to load, and loads that one again on its next event', async () => {
    const tributi = readFileSync(join(EXAMPLE, 'trattamenti/tributi.yaml'), 'utf8').replace(/^aggiornato: .*$/m, 'aggiornato: 2026-12-04');
    const dir = lsp.copy(EXAMPLE, { 'trattamenti/tributi.yaml': tributi });
    const broken = lsp.copy(EXAMPLE);
    const client = await lsp.start(dir, { nodeArgs: ['--import', NEXT_DAY, '--import', FAILING_LOAD], env: { REGISTRO_TEST_FAIL_ROOT: broken } });
    const mensa = await lsp.open(client, broken, 'trattamenti/mensa-scolastica.yaml');
    await settled(client, mensa);
    expect(client.log.join('\n')).toContain('simulated fault while loading the register');
    await lsp.open(client, dir, 'trattamenti/anagrafe.yaml');
    const uri = uriOf(dir, 'trattamenti/tributi.yaml');
    await client.diagnosticsFor(uri, (d) => d.some((x) => x.message.includes('nel futuro')));

    // Midnight republishes every register held: the one that failed does not stop the others.
    client.process.kill('SIGUSR2');
    const next = await client.diagnosticsFor(uri, (d) => !d.some((x) => x.message.includes('nel futuro')), 10_000);
    expect(fully(next)).toEqual(validated(dir, 'trattamenti/tributi.yaml', { REGISTRO_TODAY: '2026-12-04' }));
    // An edit in the register that failed reads it again.
    const text = readFileSync(join(broken, 'trattamenti/mensa-scolastica.yaml'), 'utf8').replace('soggetto: ristorazione-collettiva', 'soggetto: ristorazione-colletiva');
    await client.change(mensa, 2, text);
    const found = await client.diagnosticsFor(mensa, (d) => d.some((x) => x.code === 'party-declared'), 10_000);
    writeFileSync(join(broken, 'trattamenti/mensa-scolastica.yaml'), text);
    expect(fully(found)).toEqual(validated(broken, 'trattamenti/mensa-scolastica.yaml', { REGISTRO_TODAY: '2026-12-04' }));
  });

  it('asks for file events when the client registers watchers dynamically, and follows them', async () => {
    const dir = lsp.copy(DEFECTS);
    const plain = await lsp.start(dir);
    const client = await lsp.start(dir, { capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    const cloud = await lsp.open(client, dir, 'trattamenti/cloud.yaml');
    await client.diagnosticsFor(cloud);
    const registration = client.requests.find((r) => r.method === 'client/registerCapability');
    const watchers = (registration?.params as { registrations: Array<{ method: string; registerOptions: { watchers: Array<{ globPattern: string }> } }> } | undefined)?.registrations[0];
    expect(watchers?.method).toBe('workspace/didChangeWatchedFiles');
    expect(watchers?.registerOptions.watchers.map((w) => w.globPattern)).toEqual(['**/*.yaml', '**/*.yml', '**/*.hbs']);
    expect(plain.requests).toEqual([]);

    // As after a git checkout: the parties are gone on disk, the client reports it.
    writeFileSync(join(dir, 'soggetti.yaml'), 'soggetti: []\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(dir, 'soggetti.yaml'), type: 2 }] });
    const found = await client.diagnosticsFor(cloud, (d) => d.some((x) => x.code === 'party-declared'));
    expect(fully(found)).toEqual(validated(dir, 'trattamenti/cloud.yaml'));
  });
});
