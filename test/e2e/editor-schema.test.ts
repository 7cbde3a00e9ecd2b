import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { editorSessions, MODELINE } from '../yaml-ls.js';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { BIN, registerWith, ROOT } from '../helpers.js';

// The schemas in yaml-language-server, as the DPO meets them in the editor (test/yaml-ls.ts).
interface CompletionItem {
  label: string;
  documentation?: string | { value: string };
}

describe('the schemas in yaml-language-server', () => {
  const editor = editorSessions();
  const open = (text: string) => editor.open(text);

  it('reports shape errors in Italian, with the value to write, never a raw pattern', async () => {
    const text = [
      'denominazione: Mensa scolastica',
      'creato: 15/03/2024',
      'aggiornato: 2024-03-15',
      'larga_scala: SI',
      'raccolta: presso-interessati',
      'trasferimenti:',
      '  - paese: UK',
      '    meccanismo: "46.2.c"',
      'finalita:',
      '  - descrizione: Iscrizione al servizio',
      '    basi_giuridiche:',
      '      - base: 6.1.z',
      '',
    ].join('\n');
    const { client, uri } = await open(MODELINE + text);
    const found = await client.diagnosticsFor(uri, (d) => d.length >= 5);
    const at = (line: number) => found.filter((d) => d.range.start.line === line).map((d) => d.message);
    expect(at(2)).toContain('Data non valida: scrivi AAAA-MM-GG, ad esempio 2024-03-15.');
    expect(at(4)).toContain('Valore non valido: scrivi true o false (non SI, NO o X).');
    expect(at(5)).toContain('Valore non ammesso: scrivi presso-interessato, presso-terzi o entrambi.');
    expect(at(7)).toContain('Paese non valido: scrivi il codice ISO 3166-1 a due lettere maiuscole (GB per il Regno Unito, US per gli Stati Uniti).');
    expect(at(12)).toContain("Base giuridica non valida: scrivi il codice dell'art. 6, par. 1, da 6.1.a a 6.1.f (ad esempio 6.1.e).");
    for (const d of found) expect(d.message).not.toMatch(/Incorrect type|does not match the pattern|Value is not accepted|\^\[/);
  });

  it("with registro's bundle, yaml-language-server's own words are Italian too: a missing or extra key", async () => {
    // The README's setting for editors that start yaml-language-server themselves.
    const options = { l10nPath: join(ROOT, 'editors/yaml-language-server') };
    const { client, uri } = await editor.open(MODELINE + 'colore: rosso\ninteressati: [alunni]\n', options);
    const found = await client.diagnosticsFor(uri, (d) => d.length >= 2);
    expect(found.map((d) => [d.range.start.line, d.message])).toEqual(expect.arrayContaining([
      [1, 'Manca la chiave "denominazione".'],
      [1, 'La chiave colore non è ammessa qui.'],
    ]));
    for (const d of found) expect(d.message).not.toMatch(/Missing property|is not allowed/);
  });

  it('offers each value with its meaning in Italian', async () => {
    const { client, uri } = await open(MODELINE + 'denominazione: Mensa\nraccolta: \n');
    const result = await client.request<{ items: CompletionItem[] } | CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 10 } });
    const items = Array.isArray(result) ? result : result.items;
    const doc = (label: string) => {
      const d = items.find((i) => i.label === label)?.documentation;
      return typeof d === 'string' ? d : d?.value;
    };
    expect(doc('presso-terzi')).toContain('Presso terzi (art. 14)');
    expect(doc('entrambi')).toContain("Presso l'interessato e presso terzi (artt. 13 e 14)");
  });
});

describe("the README's all-Italian editor setup: registro lsp with the schema, yaml-language-server with validate off", () => {
  const editor = editorSessions();
  const text = MODELINE + 'denominazione: Mensa\nlarga_scala: SI\nraccolta: \n';
  // What VS Code answers for "yaml.validate" (editors/vscode/README.md), when the server asks and when it changes.
  const yaml = (validate: boolean) => ({ validate, hover: true, completion: true });

  it('yaml-language-server keeps completion but shows no schema error of its own; registro lsp shows it in Italian', async () => {
    // As VS Code does: the settings first, then the file.
    const dir = registerWith();
    editor.dirs.push(dir);
    const file = join(dir, 'trattamenti/mensa.yaml');
    writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const client = await editor.start(dir, undefined, undefined, undefined, { yaml: yaml(false) });
    await client.open(uri, text);
    const completion = await client.request<{ items: CompletionItem[] } | CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 10 } });
    expect((Array.isArray(completion) ? completion : completion.items).map((i) => i.label)).toContain('presso-terzi');
    await new Promise((r) => setTimeout(r, 1500));
    expect(client.published().get(uri) ?? []).toEqual([]);
    // The same setting turns yaml-language-server's schema errors back on: the check above can fail.
    client.settings.yaml = yaml(true);
    await client.notify('workspace/didChangeConfiguration', { settings: { yaml: yaml(true) } });
    expect((await client.diagnosticsFor(uri, (d) => d.length > 0)).map((d) => d.range.start.line)).toContain(2);

    const registro = await editor.start(dir, [BIN, 'lsp'], []);
    await registro.open(uri, text);
    const found = await registro.diagnosticsFor(uri, (d) => d.some((x) => x.range.start.line === 2));
    expect(found.map((d) => [d.range.start.line, d.message])).toEqual(expect.arrayContaining([
      [2, 'atteso true o false, trovato il testo "SI": scrivi true'],
      [3, 'manca il valore; valori ammessi: presso-interessato, presso-terzi, entrambi'],
    ]));
  });
});
