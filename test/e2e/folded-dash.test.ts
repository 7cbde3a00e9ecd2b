import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL, locations, registerWith, registro, remove } from '../helpers.js';
import { fully, lspSessions, validated } from '../lsp-harness.js';

const mensa = readFileSync(join(MINIMAL, 'trattamenti/mensa.yaml'), 'utf8');
const after = (line: RegExp, added: string) => mensa.replace(line, `$&\n${added}`);
/** An item indented two spaces too far: YAML reads "Protocollo informatico - Halley", one item. */
const deeperItem = after(/^misure: .*$/m, 'applicativi:\n  - Protocollo informatico\n    - Halley');
/** A list under a text: "Refezione scolastica - Sportello" in the notices. */
const underText = mensa.replace(/^denominazione: .*$/m, '$&\n  - Sportello');

/**
 * A line starting with "- " read as the rest of the text above it is valid YAML: nothing said
 * that an item was lost in a text no one reads as two, and the record validated clean.
 */
describe('a dash line folded into the text above', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach(remove));

  it('validate warns at the dash, with the text as YAML reads it', () => {
    const dir = registerWith({ 'trattamenti/applicativi.yaml': deeperItem, 'trattamenti/sportello.yaml': underText });
    dirs.push(dir);
    const run = registro(['validate', '.'], { cwd: dir });
    expect(locations(run.stdout)).toEqual(['trattamenti/applicativi.yaml:20:5 yaml-syntax', 'trattamenti/sportello.yaml:2:3 yaml-syntax']);
    expect(run.stdout).toContain('trattamenti/applicativi.yaml:20:5  avviso  questa riga, che comincia con un trattino, è letta come seguito del testo della riga sopra ("Protocollo informatico - Halley"): se è una voce dell\'elenco, metti il trattino sotto quello della voce sopra; se è un elenco dentro il testo, scrivi il testo dopo | (una riga per voce)');
    expect(run.stdout).toContain('("Refezione scolastica - Sportello")');
    const en = registro(['validate', '.', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('trattamenti/applicativi.yaml:20:5  warning  this line, starting with a dash, is read as the rest of the text of the line above ("Protocollo informatico - Halley")');
  });

  it('a dash inside a block scalar, or an item under its own dash, is no finding', () => {
    const dir = registerWith({
      'trattamenti/blocco.yaml': mensa.replace(/^denominazione: .*$/m, 'denominazione: Refezione\nnote: |\n  Servizi compresi:\n  - iscrizione\n  - diete speciali'),
      'trattamenti/elenco.yaml': after(/^misure: .*$/m, 'applicativi:\n  - Protocollo informatico\n  - Halley'),
    });
    dirs.push(dir);
    const run = registro(['validate', '.'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(locations(run.stdout)).toEqual([]);
  });

  const lsp = lspSessions();
  it('registro lsp publishes the same warning while typing the line', async () => {
    const dir = lsp.copy(MINIMAL);
    const rel = 'trattamenti/mensa.yaml';
    const client = await lsp.start(dir);
    const uri = await lsp.open(client, dir, rel);
    await client.diagnosticsFor(uri);
    await client.change(uri, 2, deeperItem);
    const published = fully(await client.diagnosticsFor(uri, (d) => d.length > 0));
    expect(published).toEqual(validated(lsp.copy(MINIMAL, { [rel]: deeperItem }), rel));
    expect(published.map((d) => d.split(' ')[0])).toEqual(['20:5-20:6']);
  });

  /** The same folded dash, and a value the schema refuses: the warning must not hide the error. */
  const withSchemaError = `${deeperItem}larga_scala: SI\n`;

  it('the warning does not stop the schema check: the value it refuses is still an error, where it is', () => {
    const dir = registerWith({ 'trattamenti/applicativi.yaml': withSchemaError });
    dirs.push(dir);
    const run = registro(['validate', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(locations(run.stdout)).toEqual(['trattamenti/applicativi.yaml:20:5 yaml-syntax', 'trattamenti/applicativi.yaml:23:14 schema']);
    expect(run.stdout).toContain('trattamenti/applicativi.yaml:23:14  errore  atteso true o false, trovato il testo "SI": scrivi true');
    // The legal rules did not read the record as if "SI" were a yes.
    expect(run.stdout).not.toContain('dpia-required');
  });

  it('registro lsp says the same of the editor\'s text', async () => {
    const dir = lsp.copy(MINIMAL);
    const rel = 'trattamenti/mensa.yaml';
    const client = await lsp.start(dir);
    const uri = await lsp.open(client, dir, rel);
    await client.diagnosticsFor(uri);
    await client.change(uri, 2, withSchemaError);
    const published = fully(await client.diagnosticsFor(uri, (d) => d.length > 1));
    expect(published).toEqual(validated(lsp.copy(MINIMAL, { [rel]: withSchemaError }), rel));
    expect(published.map((d) => d.split(' ').slice(0, 2).join(' '))).toEqual(['20:5-20:6 yaml-syntax', '23:14-23:16 schema']);
  });
});
