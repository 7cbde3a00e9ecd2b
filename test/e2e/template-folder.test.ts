import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL, ROOT, registerWith, registro, remove } from '../helpers.js';

/**
 * The templates' folder as offices keep it: a link to the folder shared by every register of the
 * ente (`modelli -> /srv/condivisa/modelli-2026`), or one year's folder linked by a stable name.
 * A link to a folder is that folder; a file where the folder goes is said to be a file.
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));

const builtIn = join(ROOT, 'templates/informativa/it');
const ownTemplates = (dir: string) => {
  mkdirSync(dir, { recursive: true });
  cpSync(builtIn, dir, { recursive: true });
  // A mark of the register's own templates, to see them used.
  writeFileSync(join(dir, 'style.css'), `${readFileSync(join(builtIn, '..', 'style.css'), 'utf8')}\n/* modelli dell'ente */\n`);
};

describe('a link to the templates\' folder', () => {
  it('--template naming a link to a shared folder: the notices are written with its templates', () => {
    const dir = registerWith();
    dirs.push(join(dir, '..'));
    ownTemplates(join(dir, '..', 'condivisa/modelli-2026'));
    symlinkSync(join(dir, '..', 'condivisa/modelli-2026'), join(dir, '..', 'modelli'));
    const out = join(dir, '..', 'out');
    const r = registro(['informativa', dir, '--tutti', '-f', 'html', '-o', out, '--template', join(dir, '..', 'modelli')]);
    expect(r.stderr).not.toContain('non esiste');
    expect(r.status).toBe(0);
    expect(readFileSync(join(out, 'mensa.html'), 'utf8')).toContain("/* modelli dell'ente */");
  });

  it('opzioni.informativa.modelli naming a link to a folder inside the register: validate is clean, the notices use it', () => {
    const dir = registerWith({ 'registro.yaml': `${readFileSync(join(MINIMAL, 'registro.yaml'), 'utf8')}opzioni:\n  informativa:\n    modelli: modelli\n` });
    dirs.push(join(dir, '..'));
    ownTemplates(join(dir, 'modelli-2026'));
    symlinkSync('modelli-2026', join(dir, 'modelli'));
    const v = registro(['validate', dir]);
    expect(v.stdout).not.toMatch(/modelli/);
    expect(v.status).toBe(0);
    const out = join(dir, '..', 'out');
    expect(registro(['informativa', dir, '--tutti', '-f', 'html', '-o', out]).status).toBe(0);
    expect(readFileSync(join(out, 'mensa.html'), 'utf8')).toContain("/* modelli dell'ente */");
  });

  it('a file where the folder goes: said to be a file, in both languages, nothing written', () => {
    const dir = registerWith();
    dirs.push(join(dir, '..'));
    const file = join(dir, '..', 'informativa.hbs');
    writeFileSync(file, readFileSync(join(builtIn, 'informativa.hbs')));
    const out = join(dir, '..', 'out');
    const italian = registro(['informativa', dir, '--tutti', '-f', 'html', '-o', out, '--template', file]);
    expect(italian.stderr).toBe(`registro: "${file}" non è una cartella: i modelli dell'informativa (--template o opzioni.informativa.modelli) sono una cartella con informativa.hbs, breve.hbs, style.css o partials/\n`);
    expect(italian.status).toBe(2);
    const en = registro(['informativa', dir, '--tutti', '-f', 'html', '-o', out, '--template', file, '--lang', 'en']);
    expect(en.stderr).toBe(`registro: "${file}" is not a folder: the notice templates (--template or opzioni.informativa.modelli) are a folder holding informativa.hbs, breve.hbs, style.css or partials/\n`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a style sheet that makes the notice endless', () => {
  it('the print past its time is a usage error naming the notice and style.css, never an internal error; no PDF written', () => {
    const dir = registerWith();
    dirs.push(join(dir, '..'));
    const templates = join(dir, '..', 'modelli');
    mkdirSync(templates);
    // One careless rule: a block thirty million pixels high, thousands of A4 pages.
    writeFileSync(join(templates, 'style.css'), `${readFileSync(join(builtIn, '..', 'style.css'), 'utf8')}\nmain::after { content: ""; display: block; height: 30000000px; }\n`);
    const out = join(dir, '..', 'out');
    const r = registro(['informativa', dir, '--tutti', '-f', 'pdf', '-o', out, '--template', templates], { env: { REGISTRO_PRINT_TIMEOUT_MS: '3000', REGISTRO_DEBUG: '' } });
    expect(r.stderr).not.toMatch(/errore interno|\n\s+at /);
    expect(r.stderr).toMatch(/^registro: la stampa in PDF di «Informativa[^»]*Mensa[^»]*» non è finita in 3 secondi: di solito il foglio di stile dei modelli propri la rende lunghissima \(un'altezza enorme, un'interruzione di pagina dopo ogni riga\); controlla style\.css\. Il PDF di questa informativa non è stato scritto$/m);
    expect(r.status).toBe(2);
    expect(existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.pdf')) : []).toEqual([]);
  }, 60_000);
});
