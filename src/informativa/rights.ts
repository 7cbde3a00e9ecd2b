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
  opposizione: boolean;
  /** Art. 21(2)-(3): objection to direct marketing, at any time and without reasons. */
  opposizione_marketing: boolean;
  /** Either objection applies: the notice presents it in a section of its own (art. 21, par. 4). */
  sezione_opposizione: boolean;
  revoca: boolean;
  reclamo: true;
}

/**
 * The rights a notice offers, from the legal bases of its purposes (docs/LEGAL.md §6): each right
 * applies if it applies to any basis; erasure is limited if any purpose rests on 6.1.c or 6.1.e;
 * portability only for consent or contract processed by automated means. Withdrawal also
 * follows explicit consent for special data (9.2.a).
 */
export function rightsFor(bases: readonly string[], automated: boolean, explicitConsent: boolean, marketing = false): Rights {
  const levels = (right: RightId): Level[] => bases.map((b) => (TABLE[right][b] ?? 'no') as Level);
  const any = (right: RightId) => levels(right).some((l) => l === 'si' || l === 'limitato' || (l === 'automatizzato' && automated));
  return {
    accesso: true,
    rettifica: true,
    cancellazione: levels('cancellazione').includes('limitato') ? 'limitato' : 'si',
    limitazione: true,
    portabilita: any('portabilita'),
    opposizione: any('opposizione'),
    opposizione_marketing: marketing,
    sezione_opposizione: any('opposizione') || marketing,
    revoca: any('revoca') || explicitConsent,
    reclamo: true,
  };
}
