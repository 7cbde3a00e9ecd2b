import type { Lang } from '../i18n/lang.js';
import type { Severity } from '../diagnostics/types.js';
import { count as plural } from '../i18n/plural.js';

/** The few words formatters print around the messages. */
export const words = {
  it: {
    severity: { error: 'errore', warning: 'avviso' } as Record<Severity, string>,
    summary: (errors: number, warnings: number, files: number, registers: number) =>
      `${plural(errors, 'errore', 'errori')} e ${plural(warnings, 'avviso', 'avvisi')} in ${plural(files, 'file', 'file')} di ${plural(registers, 'registro', 'registri')}`,
    clean: (files: number, registers: number) => `nessun problema in ${plural(files, 'file', 'file')} di ${plural(registers, 'registro', 'registri')}`,
    noErrors: (files: number, registers: number) => `nessun errore in ${plural(files, 'file', 'file')} di ${plural(registers, 'registro', 'registri')}`,
    errorsOnly: (errors: number, files: number, registers: number) => `${plural(errors, 'errore', 'errori')} in ${plural(files, 'file', 'file')} di ${plural(registers, 'registro', 'registri')}`,
    hidden: (n: number) => `${plural(n, 'avviso non mostrato', 'avvisi non mostrati')} (--quiet)`,
    unchecked: (n: number) =>
      `le verifiche di legge non hanno letto ${n === 1 ? 'un file' : `${n} file`} con errori di formato o di schema: correggili e rilancia la validazione, che potrà segnalare altro`,
    suppressed: (n: number) => `${plural(n, 'segnalazione taciuta', 'segnalazioni taciute')} da eccezioni motivate (vedi --format json)`,
    summaryTitle: 'Validazione del registro dei trattamenti',
    file: 'File',
    position: 'Posizione',
    rule: 'Regola',
    message: 'Messaggio',
    severityHeader: 'Severità',
    repositoryRoot: 'Radice del repository',
  },
  en: {
    severity: { error: 'error', warning: 'warning' } as Record<Severity, string>,
    summary: (errors: number, warnings: number, files: number, registers: number) =>
      `${plural(errors, 'error', 'errors')} and ${plural(warnings, 'warning', 'warnings')} in ${plural(files, 'file', 'files')} of ${plural(registers, 'register', 'registers')}`,
    clean: (files: number, registers: number) => `no problems in ${plural(files, 'file', 'files')} of ${plural(registers, 'register', 'registers')}`,
    noErrors: (files: number, registers: number) => `no errors in ${plural(files, 'file', 'files')} of ${plural(registers, 'register', 'registers')}`,
    errorsOnly: (errors: number, files: number, registers: number) => `${plural(errors, 'error', 'errors')} in ${plural(files, 'file', 'files')} of ${plural(registers, 'register', 'registers')}`,
    hidden: (n: number) => `${plural(n, 'warning', 'warnings')} not shown (--quiet)`,
    unchecked: (n: number) =>
      `the legal checks did not read ${n === 1 ? 'one file' : `${n} files`} with format or schema errors: fix those errors and validate again, which may report more`,
    suppressed: (n: number) => `${plural(n, 'finding', 'findings')} silenced by written exceptions (see --format json)`,
    summaryTitle: 'Register of processing activities: validation',
    file: 'File',
    position: 'Position',
    rule: 'Rule',
    message: 'Message',
    severityHeader: 'Severity',
    repositoryRoot: 'Root of the repository',
  },
} satisfies Record<Lang, unknown>;
