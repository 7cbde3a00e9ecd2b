import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { GitRepo } from '../git-repo.js';
import { fully, lspSessions, settled, uriOf, validated, validatedFiles } from '../lsp-harness.js';

const NEXT_DAY = join(ROOT, 'test/fixtures/lsp/next-day.mjs');

describe('registro lsp: what it reads from git history, and when it reads it again', () => {
  const lsp = lspSessions();
  const repo = () => {
    const git = new GitRepo();
    lsp.dirs.push(git.top);
    return git;
  };

  it('reports what validate reads from git history (changed-after-update), and reads it again after a save', async () => {
    const git = repo();
    const anagrafe = 'trattamenti/anagrafe.yaml';
    git.commit('init', '2026-01-10T09:00:00+01:00');
    git.write(anagrafe, git.read(anagrafe).replace('interessati: [', 'interessati: [imprese, '));
    git.commit('Anagrafe: imprese', '2026-11-20T09:00:00+01:00');
    const client = await lsp.start(git.reg);
    const uri = await lsp.open(client, git.reg, anagrafe);
    const found = await client.diagnosticsFor(uri, (d) => d.length > 0);
    expect(found.map((d) => d.code)).toContain('changed-after-update');
    expect(fully(found)).toEqual(validated(git.reg, anagrafe));

    // The date settled and committed: the save makes the finding go.
    const settled = git.read(anagrafe).replace('aggiornato: 2026-05-20', 'aggiornato: 2026-11-21');
    await client.change(uri, 2, settled);
    await client.diagnosticsFor(uri, (d) => !d.some((x) => x.code === 'changed-after-update'));
    git.write(anagrafe, settled);
    git.commit('Anagrafe: data', '2026-11-21T09:00:00+01:00');
    git.write(anagrafe, settled + '\n# rivisto\n');
    git.commit('commento', '2026-11-22T09:00:00+01:00');
    git.write(anagrafe, git.read(anagrafe).replace('interessati: [imprese, ', 'interessati: ['));
    git.commit('Anagrafe: senza imprese', '2026-11-25T09:00:00+01:00');
    await client.change(uri, 3, git.read(anagrafe));
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const after = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'changed-after-update'));
    expect(fully(after)).toEqual(validated(git.reg, anagrafe));
  });

  it('follows a commit made in a terminal (a new HEAD), with no save and no file event', async () => {
    const git = repo();
    const anagrafe = 'trattamenti/anagrafe.yaml';
    git.commit('init', '2026-01-10T09:00:00+01:00');
    // Changed on disk, not committed yet: git history does not know it.
    git.write(anagrafe, git.read(anagrafe).replace('interessati: [', 'interessati: [imprese, '));
    // The preload makes the server's one-minute timer, which looks at HEAD, run every 50 ms.
    const client = await lsp.start(git.reg, { nodeArgs: ['--import', NEXT_DAY] });
    const uri = await lsp.open(client, git.reg, anagrafe);
    const before = await client.diagnosticsFor(uri);
    expect(before.map((d) => d.code)).not.toContain('changed-after-update');
    expect(fully(before)).toEqual(validated(git.reg, anagrafe));

    git.commit('Anagrafe: imprese', '2026-11-20T09:00:00+01:00');
    const after = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'changed-after-update'), 10_000);
    expect(fully(after)).toEqual(validated(git.reg, anagrafe));
  });

  it("reads git history again when an unsaved edit moves a record's aggiornato", async () => {
    const git = repo();
    const record = 'trattamenti/assistenza-domiciliare.yaml';
    const service = 'servizi/sostegno-economico.yaml';
    git.commit('init', '2026-01-10T09:00:00+01:00');
    // A longer retention, committed with a new date: nothing to say.
    const dated = git.read(record).replace(/durata: 10 anni/, 'durata: 12 anni').replace(/^aggiornato: .*$/m, 'aggiornato: 2026-11-21');
    git.write(record, dated);
    git.commit('Conservazione più lunga', '2026-11-20T09:00:00+01:00');
    const client = await lsp.start(git.reg);
    const uri = await lsp.open(client, git.reg, record);
    await client.diagnosticsFor(uri);
    expect(fully(client.published().get(uriOf(git.reg, service)) ?? [])).toEqual(validated(git.reg, service));

    // The date set back in the editor: the retention changed after it, and the notice lags behind.
    const back = dated.replace('aggiornato: 2026-11-21', 'aggiornato: 2026-06-30');
    await client.change(uri, 2, back);
    await settled(client, uri);
    git.write(record, back);
    const saved = validatedFiles(git.reg);
    expect(saved(service).join('\n')).toContain('notice-stale');
    expect(fully(client.published().get(uriOf(git.reg, service)) ?? [])).toEqual(saved(service));
    expect(fully(client.published().get(uri) ?? [])).toEqual(saved(record));
  });

  it("reports a notice that lags behind a change of registro.yaml, and lets it go as the service's date is typed", async () => {
    const git = repo();
    const service = 'servizi/mensa-scolastica.yaml';
    git.commit('init', '2026-01-10T09:00:00+01:00');
    git.write('registro.yaml', git.read('registro.yaml').replace('rpd.vallechiara@pec.studioprivacytuscia.it', 'rpd@pec.vallechiara.it'));
    git.commit('Nuova PEC del RPD', '2026-11-20T09:00:00+01:00');
    const client = await lsp.start(git.reg);
    const uri = await lsp.open(client, git.reg, service);
    const found = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'notice-stale'));
    expect(fully(found)).toEqual(validated(git.reg, service));

    const dated = `${git.read(service)}aggiornato: 2026-11-20\n`;
    await client.change(uri, 2, dated);
    await client.diagnosticsFor(uri, (d) => !d.some((x) => x.code === 'notice-stale'));
    git.write(service, dated);
    expect(fully(client.published().get(uri) ?? [])).toEqual(validated(git.reg, service));
  });
});
