import type { Rule, Finding, RuleContext } from './types.js';

/** Two parties with one id, or two record files whose names differ only by case or extension. */
export const uniqueIds: Rule = {
  id: 'unique-ids',
  severity: 'error',
  reference: '',
  title: { it: 'Identificativi unici', en: 'Unique ids' },
  *check({ register }: RuleContext): Iterable<Finding> {
    const firstParty = new Map<string, number>();
    for (const party of register.parties) {
      const line = firstParty.get(party.id);
      if (line === undefined) {
        firstParty.set(party.id, party.file.positions.value(`${party.pointer}/id`).start.line);
        continue;
      }
      yield { file: party.file, pointer: `${party.pointer}/id`, at: 'value', messageId: 'unique.party', params: { id: party.id, line } };
    }
    for (const files of Object.values(register.recordFiles)) {
      const seen = new Map<string, string>();
      for (const file of files) {
        const folded = file.id.toLowerCase();
        const other = seen.get(folded);
        if (other) yield { file, pointer: '', messageId: 'unique.file', params: { id: file.id, other } };
        else seen.set(folded, file.displayPath);
      }
    }
  },
};
