import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { BIN, ROOT, remove, tempDir } from '../helpers.js';
import { zip } from '../fixtures/attacks/xlsx.js';

/**
 * Importing a document converts it with LibreOffice: someone else's file, opened on the DPO's
 * machine. The conversion fetches nothing it links, and no LibreOffice outlives registro.
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));

function work(): string {
  const dir = tempDir('registro-office-');
  dirs.push(dir);
  return dir;
}

/** Runs registro without blocking this process (the test's own server must answer meanwhile). */
function start(args: string[], cwd: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', REGISTRO_TODAY: '2026-12-03', ...env } });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on('close', (status, signal) => resolve({ status, signal, stderr })));
  return { child, done };
}

/** A Word register whose first paragraph is an image linked from `url`, not stored in the file. */
function docxLinking(url: string): Buffer {
  const file = (name: string, text: string) => ({ name, data: Buffer.from(text) });
  const cell = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
  return zip([
    file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${url}" TargetMode="External"/></Relationships>`),
    file(
      'word/document.xml',
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>' +
        '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="100000" cy="100000"/><wp:docPr id="1" name="p"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="p"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="rId5"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>' +
        `<w:tbl><w:tr>${cell('Denominazione')}${cell('Finalità')}${cell('Base giuridica')}</w:tr><w:tr>${cell('Protocollo')}${cell('Gestione del protocollo')}${cell('6.1.e')}</w:tr></w:tbl>` +
        '</w:body></w:document>',
    ),
  ]);
}

/** The LibreOffice processes whose command line names `dir` (their private profile lives there). */
function officeUnder(dir: string): string[] {
  const ps = execFileSync('ps', ['-eo', 'pid=,stat=,args='], { encoding: 'utf8' });
  return ps.split('\n').filter((l) => l.includes(dir) && /soffice|oosplash/.test(l) && !/^\s*\d+\s+Z/.test(l));
}

describe('import through LibreOffice', () => {
  it('an image linked by URL in a .docx is not fetched while converting', async () => {
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const dir = work();
      writeFileSync(join(dir, 'registro.docx'), docxLinking(`http://127.0.0.1:${(server.address() as AddressInfo).port}/pixel.png`));
      const r = await start(['import', 'registro.docx', '-o', 'importato'], dir).done;
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(readdirSync(join(dir, 'importato/trattamenti'))).toEqual(['protocollo.yaml']);
      expect(requests).toEqual([]);
    } finally {
      server.close();
    }
  }, 120_000);

  it('a conversion past its time: a usage error, and no LibreOffice left converting', async () => {
    const dir = work();
    cpSync(join(ROOT, 'test/fixtures/import/registro-word.docx'), join(dir, 'registro.docx'));
    const tmp = join(dir, 'tmp');
    execFileSync('mkdir', [tmp]);
    const r = await start(['import', 'registro.docx', '-o', 'importato'], dir, { TMPDIR: tmp, REGISTRO_OFFICE_TIMEOUT_MS: '300' }).done;
    expect(r.stderr).toBe('registro: LibreOffice non ha finito di convertire "registro.docx" in 0.3 secondi: conversione interrotta, nessun file è stato scritto\n');
    expect(r.status).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(officeUnder(tmp)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
    expect(existsSync(join(dir, 'importato'))).toBe(false);
  }, 120_000);

  it('registro stopped by SIGTERM while converting: LibreOffice stops too, and the converted copy is removed', async () => {
    const dir = work();
    cpSync(join(ROOT, 'test/fixtures/import/registro-word.docx'), join(dir, 'registro.docx'));
    const tmp = join(dir, 'tmp');
    execFileSync('mkdir', [tmp]);
    const run = start(['import', 'registro.docx', '-o', 'importato'], dir, { TMPDIR: tmp });
    for (let waited = 0; officeUnder(tmp).length === 0 && waited < 30_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    run.child.kill('SIGTERM');
    const r = await run.done;
    expect(r.signal).toBe('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(officeUnder(tmp)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  }, 120_000);
});
