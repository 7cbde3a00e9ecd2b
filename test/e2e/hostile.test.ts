import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, MINIMAL, ROOT, registerWith, remove, tempDir } from '../helpers.js';
// @ts-expect-error plain JS script shared with the benchmark
import { generateRegister } from '../../scripts/synthetic-register.mjs';

const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));

/** Runs `registro validate` on a register holding one hostile file; returns findings, time and peak memory. */
function validateHostile(name: string, content: string | Buffer) {
  const dir = registerWith({ [`trattamenti/${name}`]: content });
  dirs.push(dir);
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/measure.mjs'), 'validate', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, REGISTRO_TODAY: '2026-12-03' }, timeout: 60_000 });
  const stats = JSON.parse(r.stderr.trim().split('\n').pop()!) as { ms: number; maxRssMB: number };
  const diagnostics = (JSON.parse(r.stdout).diagnostics as Array<{ file: string; line: number; column: number; ruleId: string; messageId: string }>).filter((d) => d.file.endsWith(name));
  return { status: r.status, stderr: r.stderr, stats, diagnostics, at: diagnostics.map((d) => `${d.line}:${d.column} ${d.messageId}`) };
}

describe('a corpus of hostile inputs: each ends in a positioned diagnostic, in bounded time and memory', () => {
  const bounded = (r: ReturnType<typeof validateHostile>) => {
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stats.ms).toBeLessThan(5_000);
    expect(r.stats.maxRssMB).toBeLessThan(400);
  };

  it('a billion-laughs alias bomb', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) lines.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9).fill(`*${'abcdefghij'[i - 1]}`).join(',')}]`);
    const r = validateHostile('bomba.yaml', lines.join('\n') + '\n');
    bounded(r);
    expect(r.at[0]).toBe('1:4 yaml.anchor');
    expect(r.diagnostics.length).toBeLessThan(25);
  });

  it('a 50 MB file', () => {
    const r = validateHostile('enorme.yaml', 'denominazione: x\nnote: ' + 'y'.repeat(50 * 1024 * 1024) + '\n');
    bounded(r);
    expect(r.at).toEqual(['1:1 file.tooLarge']);
  });

  it('nesting 10,000 levels deep in flow style, 3,000 in block style (10,000 would pass 5 MB)', () => {
    const flow = validateHostile('profondo.yaml', 'a: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n');
    bounded(flow);
    expect(flow.at).toEqual(['1:68 yaml.tooDeep']);
    const block = validateHostile('blocchi.yaml', Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + '\n');
    bounded(block);
    expect(block.at).toEqual(['130:129 yaml.tooDeep']);
  });

  it('binary data, invalid UTF-8 and UTF-16', () => {
    bounded(validateHostile('binario.yaml', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02])));
    expect(validateHostile('binario.yaml', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01])).at).toEqual(['1:5 encoding.binary']);
    expect(validateHostile('latin1.yaml', Buffer.from('denominazione: citt\xe0\n', 'latin1')).at).toEqual(['1:20 encoding.invalidUtf8']);
    expect(validateHostile('utf16.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('\u0000a')])).at).toEqual(['1:1 encoding.utf16']);
  });

  it('CRLF line ends and tabs', () => {
    const crlf = validateHostile('crlf.yaml', 'denominazione: Mensa\r\ncreato: 2020-01-01\r\naggiornato: 2020-13-01\r\n');
    expect(crlf.at).toContain('3:13 dates.invalid');
    const tabs = validateHostile('tab.yaml', 'denominazione: x\nfinalita:\n\t- descrizione: y\n');
    expect(tabs.at[0]).toBe('3:1 yaml.syntax');
  });

  it('a 1 MB line', () => {
    const r = validateHostile('riga.yaml', 'denominazione: ' + 'x'.repeat(1024 * 1024) + '\ncreato: 2020-01-01\naggiornato: 2020-01-01\nlarga_scala: SI\n');
    bounded(r);
    expect(r.at).toContain('4:14 schema.typeBoolHint');
  });

  it('ids with ../ are refused, never followed', () => {
    const dir = registerWith({ 'servizi/mensa.yaml': 'denominazione: M\ntrattamenti: ["../../../etc/passwd"]\nufficio: { nome: U }\nconferimento: { natura: facoltativo }\n' });
    dirs.push(dir);
    const r = spawnSync(process.execPath, [BIN, 'validate', dir, '--format', 'json'], { encoding: 'utf8' });
    const found = JSON.parse(r.stdout).diagnostics.map((d: { line: number; column: number; messageId: string }) => `${d.line}:${d.column} ${d.messageId}`);
    expect(found).toEqual(['2:15 schema.id']);
    const notice = spawnSync(process.execPath, [BIN, 'informativa', MINIMAL, '--servizio', '../../x', '--format', 'html', '-o', join(dir, 'out')], { encoding: 'utf8' });
    expect(notice.status).toBe(2);
    expect(notice.stderr).toBe('registro: servizio "../../x" sconosciuto\n');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('a symbolic link out of the register is reported and not read', () => {
    const outside = tempDir();
    dirs.push(outside);
    writeFileSync(join(outside, 'fuori.yaml'), 'denominazione: segreto\n');
    const dir = registerWith();
    dirs.push(dir);
    symlinkSync(join(outside, 'fuori.yaml'), join(dir, 'trattamenti/link.yaml'));
    const r = spawnSync(process.execPath, [BIN, 'validate', dir, '--format', 'json'], { encoding: 'utf8' });
    const d = JSON.parse(r.stdout).diagnostics;
    expect(d.map((x: { messageId: string }) => x.messageId)).toEqual(['layout.symlinkOutside']);
  });
});

/**
 * Spawns a command, kills it as soon as its temporary output file appears, and waits for it to
 * end. Killed so, it cannot remove its browser profile: a private TMPDIR holds it, removed with the test's folders.
 */
async function killWhileWriting(args: string[], outDir: string): Promise<void> {
  const tmp = tempDir();
  dirs.push(tmp);
  const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore', env: { ...process.env, TMPDIR: tmp } });
  await new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const writing = existsSync(outDir) && readdirSync(outDir).some((f) => f.endsWith('.tmp'));
      if (writing || Date.now() - started > 60_000) {
        clearInterval(poll);
        child.kill('SIGKILL');
        if (!writing) reject(new Error('the command never started writing'));
      }
    }, 2);
    child.on('exit', () => {
      clearInterval(poll);
      resolve();
    });
  });
}

describe('a kill in the middle of a write leaves the previous file intact', () => {
  it('xlsx', async () => {
    const dir = join(tempDir(), 'grande');
    dirs.push(dir);
    generateRegister(dir, 3000, 3);
    const out = join(tempDir(), 'out');
    dirs.push(out);
    const target = join(out, 'registro.xlsx');
    expect(spawnSync(process.execPath, [BIN, 'export', join(ROOT, 'registers/comune-di-vallechiara'), '-o', target]).status).toBe(0);
    const before = readFileSync(target);
    await killWhileWriting(['export', dir, '-o', target], out);
    expect(readFileSync(target).equals(before)).toBe(true);
    expect(statSync(target).size).toBe(before.length);
  });

  // Without a browser this fails (informativa reports it), on any machine: it never skips.
  it('pdf', async () => {
    const out = join(tempDir(), 'notices');
    dirs.push(out);
    const first = spawnSync(process.execPath, [BIN, 'informativa', MINIMAL, '--tutti', '--format', 'pdf', '-o', out]);
    expect(first.status).toBe(0);
    const before = readFileSync(join(out, 'mensa.pdf'));
    await killWhileWriting(['informativa', MINIMAL, '--tutti', '--format', 'pdf', '-o', out], out);
    const after = readFileSync(join(out, 'mensa.pdf'));
    // Either untouched, or wholly replaced by a complete new PDF: never a truncated one.
    expect(after.equals(before) || after.subarray(-6).toString().includes('%%EOF')).toBe(true);
    expect(after.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
