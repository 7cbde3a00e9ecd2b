import diritti from '../law/data/diritti.json' with { type: 'json' };

export type RightId = 'accesso' | 'rettifica' | 'cancellazione' | 'limitazione' | 'portabilita' | 'opposizione' | 'revoca';
type Level = 'si' | 'limitato' | 'automatizzato' | 'no';

const TABLE = diritti.diritti as Record<RightId, Record<string, string>>;

export interface Rights {
  accesso: boolean;
  rettifica: boolean;
  /** 'limitato': erasure is limited by Art. 17(3)(b) for obligations and public tasks. */
  cancellazione: 'si' | 'limitato';
  limitazione: boolean;
  portabilita: boolean;
  /**
   * When portability covers only part of the data (some purposes rest on a basis that does not
   * give it): the data it covers, those given with consent, for a contract, or both. Null when it
   * covers all the data the notice speaks of.
   */
  portabilita_ambito: 'consenso' | 'contratto' | 'consenso-contratto' | null;
  opposizione: boolean;
  /** Art. 21(2)-(3): objection to direct marketing, at any time and without reasons. */
  opposizione_marketing: boolean;
  /** Either objection applies: the notice presents it in a section of its own (art. 21, par. 4). */
  sezione_opposizione: boolean;
  revoca: boolean;
  reclamo: true;
}

/**
 * The rights a notice offers, from the legal bases of its purposes and the explicit consent for
 * special data (9.2.a), as src/law/data/diritti.json tabulates them (docs/LEGAL.md §6): each
 * right applies if it applies to any basis; erasure is limited if any purpose rests on 6.1.c or
 * 6.1.e; portability only for consent or contract processed by automated means (9.2.a gives
 * withdrawal, not portability: that follows the art. 6 basis, art. 20, par. 3).
 */
export function rightsFor(bases: readonly string[], automated: boolean, marketing = false): Rights {
  const levels = (right: RightId): Level[] => bases.map((b) => (TABLE[right][b] ?? 'no') as Level);
  const any = (right: RightId) => levels(right).some((l) => l === 'si' || l === 'limitato' || (l === 'automatizzato' && automated));
  return {
    accesso: true,
    rettifica: true,
    cancellazione: levels('cancellazione').includes('limitato') ? 'limitato' : 'si',
    limitazione: true,
    portabilita: any('portabilita'),
    portabilita_ambito: portabilityScope(bases, automated),
    opposizione: any('opposizione'),
    opposizione_marketing: marketing,
    sezione_opposizione: any('opposizione') || marketing,
    revoca: any('revoca'),
    reclamo: true,
  };
}

/** The bases that give portability, when not all of them do (null: all of them, or none). */
function portabilityScope(bases: readonly string[], automated: boolean): Rights['portabilita_ambito'] {
  const gives = (b: string) => TABLE.portabilita[b] === 'si' || (TABLE.portabilita[b] === 'automatizzato' && automated);
  if (bases.every(gives) || !bases.some(gives)) return null;
  const consent = bases.some((b) => gives(b) && b !== '6.1.b');
  const contract = bases.includes('6.1.b') && gives('6.1.b');
  return consent && contract ? 'consenso-contratto' : consent ? 'consenso' : 'contratto';
}
