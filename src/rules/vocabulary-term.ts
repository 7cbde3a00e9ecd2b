import type { Rule, Finding, RuleContext } from './types.js';
import type { SourceFile } from '../register/source-file.js';
import { Vocabulary, type VocabName } from '../vocab/vocabulary.js';
import { nearest } from '../util/suggest.js';

/**
 * Every vocabulary term used in a record exists, built in or in vocabolario.yaml; a special
 * category is really an Art. 9 one; vocabolario.yaml does not redefine a built-in term.
 */
export const vocabularyTerm: Rule = {
  id: 'vocabulary-term',
  severity: 'error',
  reference: '',
  title: { it: 'Termini dei vocabolari', en: 'Vocabulary terms' },
  *check({ register }: RuleContext): Iterable<Finding> {
    const vocab = register.vocabulary;
    function* term(file: SourceFile, pointer: string, name: VocabName, id: string): Iterable<Finding> {
      if (vocab.get(name, id)) return;
      const suggestion = nearest(id, vocab.ids(name)) ?? labelMatch(vocab, name, id);
      yield suggestion
        ? { file, pointer, at: 'value', messageId: 'vocab.unknownSuggest', params: { term: id, vocab: name, suggestion } }
        : { file, pointer, at: 'value', messageId: 'vocab.unknown', params: { term: id, vocab: name } };
    }
    function* list(file: SourceFile, pointer: string, name: VocabName, ids: readonly string[] | undefined): Iterable<Finding> {
      // Nearly every term is known: its pointer is built only when it is not.
      for (let i = 0; i < (ids?.length ?? 0); i++) if (!vocab.get(name, ids![i]!)) yield* term(file, `${pointer}/${i}`, name, ids![i]!);
    }

    for (const { file, data } of register.trattamenti) {
      yield* list(file, '/interessati', 'interessati', data.interessati);
      yield* list(file, '/dati', 'dati', data.dati);
      yield* list(file, '/operazioni', 'operazioni', data.operazioni);
      yield* list(file, '/misure', 'misure', data.misure);
      for (const [i, special] of (data.dati_particolari ?? []).entries()) {
        const pointer = `/dati_particolari/${i}/categoria`;
        const known = vocab.get('dati', special.categoria);
        if (!known) yield* term(file, pointer, 'dati', special.categoria);
        else if (known.classe !== 'particolare') {
          yield { file, pointer, at: 'value', messageId: 'vocab.notSpecial', params: { term: special.categoria } };
        }
      }
      if (Array.isArray(data.destinatari)) {
        for (const [i, d] of data.destinatari.entries()) {
          if (d.categoria) yield* term(file, `/destinatari/${i}/categoria`, 'destinatari', d.categoria);
        }
      }
      for (const [i, c] of (data.conservazione ?? []).entries()) yield* list(file, `/conservazione/${i}/categorie`, 'dati', c.categorie);
    }
    for (const { file, data } of register.attivitaResponsabile) yield* list(file, '/misure', 'misure', data.misure);

    const own = register.vocabolario;
    if (own) {
      for (const name of ['interessati', 'dati', 'destinatari', 'operazioni', 'misure'] as const) {
        for (const [i, t] of (own.data[name] ?? []).entries()) {
          if (Vocabulary.isBuiltin(name, t.id)) {
            yield { file: own.file, pointer: `/${name}/${i}/id`, at: 'value', messageId: 'vocab.redefined', params: { term: t.id, vocab: name } };
          }
        }
      }
    }
  },
};

/** A term written as its label ("Dati relativi alla salute") points to the id ("salute"). */
function labelMatch(vocab: Vocabulary, name: VocabName, written: string): string | undefined {
  const labels = new Map(vocab.all(name).map((t) => [t.it, t.id]));
  const label = nearest(written, labels.keys());
  return label ? labels.get(label) : undefined;
}
