import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { scanRegister, type RegisterLayout } from '../register/layout.js';
import type { Register } from '../register/model.js';
import { MAX_FILE_BYTES, sourceFromBytes, type FileRef } from '../register/source-file.js';
import { decode } from '../register/encoding.js';
import { readBounded } from '../util/read-bounded.js';
import { UsageError } from '../util/errors.js';
import { checkFile, checkFiles, checkSource, type CheckedFile } from '../validate/load-files.js';
import type { RuleContext } from '../rules/types.js';
import { diagnoseRegister } from '../validate/validate-register.js';
import { IncrementalRules } from './incremental-rules.js';
import { RegisterHistory } from './register-history.js';
import { unsavedEntries } from './unsaved-files.js';

/**
 * One register held in memory for the language server: every file read and schema-checked once;
 * an edit re-reads only its own file, then the model and the rules run again over the whole
 * register, so that what depends on the file (references, vocabularies, services) follows.
 */
export class RegisterState {
  private layout: RegisterLayout = { root: '', files: [], diagnostics: [] };
  private readonly checked = new Map<string, CheckedFile>();
  /** Texts of the documents open in the editor, which win over the files on disk. */
  private readonly open = new Map<string, string>();
  register: Register | undefined;
  private readonly rules = new IncrementalRules();
  /** The one file changed since the last diagnosis; undefined after a load or several changes. */
  private changed: string | undefined;
  private changes = 0;
  private readonly history: RegisterHistory;

  constructor(
    readonly root: string,
    private readonly cwd: string,
  ) {
    this.history = new RegisterHistory(root);
  }

  /** Reads the whole register (worker threads for a large one), as `validate` does. */
  async load(): Promise<void> {
    this.changes = 2;
    this.layout = this.scan();
    const all = await checkFiles(this.layout.files.filter((ref) => !this.open.has(ref.path)));
    this.checked.clear();
    for (const c of all.checked) this.checked.set(c.file.path, c);
    for (const ref of this.layout.files) if (this.open.has(ref.path)) this.checked.set(ref.path, this.fromText(ref, this.open.get(ref.path)!));
  }

  /** Whether the path is one of the register's files (else it is outside, or new: rescan). */
  has(path: string): boolean {
    return this.checked.has(path);
  }

  /**
   * An editor's text for a file (or undefined: the file as on disk) re-read and re-checked. A file
   * not listed yet (new, or open before it exists on disk) or closed once gone lists the register again.
   */
  update(path: string, text: string | undefined): void {
    if (text === undefined) this.open.delete(path);
    else this.open.set(path, text);
    const ref = this.layout.files.find((f) => f.path === path);
    if (!ref || (text === undefined && !existsSync(path))) return this.rescan();
    this.changed = path;
    this.changes++;
    this.checked.set(path, text === undefined ? checkFile(ref) : this.fromText(ref, text));
  }

  /** Lists the files again (one created, renamed or deleted), keeping what is already read. */
  rescan(): void {
    this.changes = 2;
    this.layout = this.scan();
    const kept = new Map(this.checked);
    this.checked.clear();
    for (const ref of this.layout.files) {
      const text = this.open.get(ref.path);
      const before = kept.get(ref.path);
      this.checked.set(ref.path, text !== undefined ? this.fromText(ref, text) : (before ?? checkFile(ref)));
    }
  }

  /** Every diagnostic of the register, by absolute file path (files without findings: empty). */
  diagnose(today: string): Map<string, Diagnostic[]> {
    const ordered = this.layout.files.map((ref) => this.checked.get(ref.path)).filter((c): c is CheckedFile => c !== undefined);
    const changed = this.changes === 1 ? this.changed : undefined;
    this.changes = 0;
    const runRules = (context: RuleContext) => this.rules.run({ ...context, history: this.history.get(context.register, context.today) }, changed);
    const result = diagnoseRegister(this.root, this.layout.diagnostics, ordered, today, { runRules });
    this.register = result.register;
    const byPath = new Map<string, Diagnostic[]>();
    for (const ref of this.layout.files) byPath.set(ref.path, []);
    const pathOf = new Map(this.layout.files.map((ref) => [ref.displayPath, ref.path]));
    for (const d of result.diagnostics) {
      const path = pathOf.get(d.file) ?? resolve(this.cwd, d.file);
      const list = byPath.get(path) ?? [];
      list.push(d);
      byPath.set(path, list);
    }
    return byPath;
  }

  /** Reads git history again (after a save, a change on disk): whether it changed. */
  rereadHistory(today: string): boolean {
    return this.history.reread(this.register, today);
  }

  /** Reads git history again if HEAD moved since it was read (a commit made outside the editor): whether it changed. */
  followHead(today: string): boolean {
    return this.history.headMoved() && this.rereadHistory(today);
  }

  /** The files on disk, and the open documents not saved yet. */
  private scan(): RegisterLayout {
    return scanRegister(this.root, this.cwd, unsavedEntries(this.root, this.open.keys()));
  }

  /**
   * An editor reads UTF-16 by its byte order mark, and may guess Windows-1252, then saves the
   * file back as it found it: its text is fine while the file on disk is one `validate` refuses.
   * The editor is told what CI will say of the file, at the byte it stops at.
   */
  private fromText(ref: FileRef, text: string): CheckedFile {
    return unreadableOnDisk(ref) ?? checkSource(sourceFromBytes(ref, Buffer.from(text, 'utf8')));
  }
}

/** The file as on disk when its bytes are not UTF-8 (the encoding error validate gives), else undefined. */
function unreadableOnDisk(ref: FileRef): CheckedFile | undefined {
  let bytes: Buffer;
  try {
    bytes = readBounded(ref.path, MAX_FILE_BYTES);
  } catch (error) {
    // Not on disk yet (a new, unsaved document), or unreadable: the editor's text is all there is.
    if (error instanceof UsageError) return undefined;
    throw error;
  }
  return decode(bytes).ok ? undefined : checkSource(sourceFromBytes(ref, bytes));
}
