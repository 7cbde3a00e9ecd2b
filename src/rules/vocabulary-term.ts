import type { Rule, Finding, RuleContext } from './types.js';
import type { SourceFile } from '../register/source-file.js';
import { Vocabulary, type VocabName } from '../vocab/vocabulary.js';
import { nearest } from '../util/suggest.js';

/**
 * Every vocabulary term used in a record exists, built in or in vocabolario.yaml, once in its
 * list; a special category is really an Art. 9 one; vocabolario.yaml does not redefine a built-in term.
 */
export const vocabularyTerm: Rule = {
  id: 'vocabulary-term',
  severity: 'error',
  reference: '',
  title: { it: 'Termini dei vocabolari', en: 'Vocabulary terms' },
  check({ register }: RuleContext): Iterable<Finding> {
    const vocab = register.vocabulary;
    const found: Finding[] = [];
    const term = (file: SourceFile, pointer: string, name: VocabName, id: string): void => {
      if (vocab.get(name, id)) return;
      const suggestion = nearest(id, vocab.ids(name)) ?? labelMatch(vocab, name, id);
      found.push(
        suggestion
          ? { file, pointer, at: 'value', messageId: 'vocab.unknownSuggest', params: { term: id, vocab: name, suggestion } }
          : { file, pointer, at: 'value', messageId: 'vocab.unknown', params: { term: id, vocab: name } },
      );
    };
    const list = (file: SourceFile, pointer: string, name: VocabName, ids: readonly string[] | undefined): void => {
      // Nearly every term is known: its pointer is built only when it is not.
      for (let i = 0; i < (ids?.length ?? 0); i++) if (!vocab.get(name, ids![i]!)) term(file, `${pointer}/${i}`, name, ids![i]!);
      if (ids && new Set(ids).size < ids.length) found.push(...repeats(file, pointer, name, ids));
    };

    for (const { file, data } of register.trattamenti) {
      list(file, '/interessati', 'interessati', data.interessati);
      for (const [i, purpose] of (data.finalita ?? []).entries()) list(file, `/finalita/${i}/interessati`, 'interessati', purpose.interessati);
      list(file, '/dati', 'dati', data.dati);
      list(file, '/operazioni', 'operazioni', data.operazioni);
      list(file, '/misure', 'misure', data.misure);
      const special = data.dati_particolari ?? [];
      for (let i = 0; i < special.length; i++) {
        const { categoria } = special[i]!;
        const known = vocab.get('dati', categoria);
        if (!known) term(file, `/dati_particolari/${i}/categoria`, 'dati', categoria);
        else if (known.classe !== 'particolare') {
          found.push({ file, pointer: `/dati_particolari/${i}/categoria`, at: 'value', messageId: 'vocab.notSpecial', params: { term: categoria } });
        }
      }
      if (Array.isArray(data.destinatari)) {
        for (let i = 0; i < data.destinatari.length; i++) {
          const { categoria } = data.destinatari[i]!;
          if (categoria) term(file, `/destinatari/${i}/categoria`, 'destinatari', categoria);
        }
      }
      const retention = data.conservazione ?? [];
      for (let i = 0; i < retention.length; i++) list(file, `/conservazione/${i}/categorie`, 'dati', retention[i]!.categorie);
    }
    for (const { file, data } of register.attivitaResponsabile) list(file, '/misure', 'misure', data.misure);

    const own = register.vocabolario;
    if (own) {
      for (const name of ['interessati', 'dati', 'destinatari', 'operazioni', 'misure'] as const) {
        for (const [i, t] of (own.data[name] ?? []).entries()) {
          if (Vocabulary.isBuiltin(name, t.id)) {
            found.push({ file: own.file, pointer: `/${name}/${i}/id`, at: 'value', messageId: 'vocab.redefined', params: { term: t.id, vocab: name } });
          }
        }
      }
    }
    return found;
  },
};

/**
 * A term written twice in one list: the register and the notice would name it twice. Said once
 * per term, at its second place, with how many times it is there (a list may repeat it thousands).
 */
function repeats(file: SourceFile, pointer: string, name: VocabName, ids: readonly string[]): Finding[] {
  const seen = new Map<string, { first: number; again?: number; times: number }>();
  ids.forEach((id, i) => {
    const s = seen.get(id);
    if (!s) seen.set(id, { first: i, times: 1 });
    else (s.again ??= i), s.times++;
  });
  return [...seen].flatMap(([id, s]) =>
    s.again === undefined
      ? []
      : [{ file, pointer: `${pointer}/${s.again}`, at: 'value' as const, messageId: 'vocab.repeated' as const, params: { term: id, vocab: name, times: s.times, line: file.positions.value(`${pointer}/${s.first}`).start.line }, severity: 'warning' as const }],
  );
}

/**
 * A term written as its label ("Dati relativi alla salute") points to the id ("salute"). A label
 * that joins two words of the law ("Raffronto o interconnessione", art. 4, n. 2) is matched by
 * either: an office writes "raffronto" or "adattamento" as the article does.
 */
function labelMatch(vocab: Vocabulary, name: VocabName, written: string): string | undefined {
  const labels = new Map<string, string>();
  for (const t of vocab.all(name)) {
    labels.set(t.it, t.id);
    for (const alternative of t.it.split(/\s+o\s+/)) if (!labels.has(alternative)) labels.set(alternative, t.id);
  }
  const label = nearest(written, labels.keys());
  return label ? labels.get(label) : undefined;
}
