import type {
  AttivitaResponsabileFile,
  RegistroFile,
  ServizioFile,
  SoggettiFile,
  TrattamentoFile,
  VocabolarioFile,
} from '../types/schema.js';
import { Vocabulary } from '../vocab/vocabulary.js';
import type { SourceFile } from './source-file.js';
import { looseVocabolario } from './loose-vocabulary.js';

/** A record whose file passed its schema: typed data, with the file for positions. */
export interface Doc<T> {
  id: string;
  file: SourceFile;
  data: T;
}

export type Soggetto = NonNullable<SoggettiFile['soggetti']>[number];

export interface Party {
  id: string;
  /** Undefined when soggetti.yaml has shape errors: the id is still known, for references. */
  data: Soggetto | undefined;
  file: SourceFile;
  pointer: string;
}

/**
 * The register as the rules see it. Files with shape errors take no part in the rules (their
 * data cannot be trusted) but their ids still count, so that a typo in one file does not turn
 * every reference to it into a second error.
 */
export interface Register {
  root: string;
  files: SourceFile[];
  registro: Doc<RegistroFile> | undefined;
  soggetti: Doc<SoggettiFile> | undefined;
  parties: Party[];
  /** The same parties by id (the first of each id: a duplicate is reported by unique-ids). */
  partyById: ReadonlyMap<string, Party>;
  /** False when soggetti.yaml exists but cannot be read: references to parties cannot be judged. */
  partiesKnown: boolean;
  trattamenti: Doc<TrattamentoFile>[];
  /** The valid trattamenti by id (services name them: one lookup each, not a scan). */
  trattamentoById: ReadonlyMap<string, Doc<TrattamentoFile>>;
  servizi: Doc<ServizioFile>[];
  attivitaResponsabile: Doc<AttivitaResponsabileFile>[];
  /** Every record file by kind, valid or not. */
  recordFiles: { trattamento: SourceFile[]; servizio: SourceFile[]; 'attivita-responsabile': SourceFile[] };
  vocabulary: Vocabulary;
  /** The register's own terms file, when it is valid. */
  vocabolario: Doc<VocabolarioFile> | undefined;
}

export function buildRegister(root: string, files: SourceFile[], valid: ReadonlySet<SourceFile>): Register {
  const docOf = <T>(file: SourceFile | undefined): Doc<T> | undefined =>
    file && valid.has(file) ? { id: file.id, file, data: file.data as T } : undefined;
  const docsOf = <T>(kind: SourceFile['kind']): Doc<T>[] =>
    files.filter((f) => f.kind === kind && valid.has(f)).map((f) => ({ id: f.id, file: f, data: f.data as T }));
  const single = (kind: SourceFile['kind']) => files.find((f) => f.kind === kind);

  const vocabolario = docOf<VocabolarioFile>(single('vocabolario'));
  const soggettiFile = single('soggetti');
  const parties = soggettiFile ? partiesOf(soggettiFile, valid.has(soggettiFile)) : [];
  const trattamenti = docsOf<TrattamentoFile>('trattamento');
  const partyById = new Map<string, Party>();
  for (const party of parties) if (!partyById.has(party.id)) partyById.set(party.id, party);
  return {
    root,
    files,
    registro: docOf<RegistroFile>(single('registro')),
    soggetti: docOf<SoggettiFile>(soggettiFile),
    parties,
    partyById,
    partiesKnown: !soggettiFile || soggettiFile.data !== undefined,
    trattamenti,
    trattamentoById: new Map(trattamenti.map((t) => [t.id, t])),
    servizi: docsOf<ServizioFile>('servizio'),
    attivitaResponsabile: docsOf<AttivitaResponsabileFile>('attivita-responsabile'),
    recordFiles: {
      trattamento: files.filter((f) => f.kind === 'trattamento'),
      servizio: files.filter((f) => f.kind === 'servizio'),
      'attivita-responsabile': files.filter((f) => f.kind === 'attivita-responsabile'),
    },
    vocabulary: new Vocabulary(vocabolario?.data ?? looseVocabolario(single('vocabolario')?.data)),
    vocabolario,
  };
}

/** Parties by id, read loosely when the file has shape errors. */
function partiesOf(file: SourceFile, isValid: boolean): Party[] {
  const list = (file.data as { soggetti?: unknown } | null | undefined)?.soggetti;
  if (!Array.isArray(list)) return [];
  const parties: Party[] = [];
  list.forEach((item: unknown, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    parties.push({ id, data: isValid ? (item as Soggetto) : undefined, file, pointer: `/soggetti/${i}` });
  });
  return parties;
}
