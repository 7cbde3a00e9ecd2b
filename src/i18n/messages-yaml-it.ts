import type { MessageParams } from '../diagnostics/types.js';

/** Italian messages of the YAML reader: syntax errors in the words of the mistake, keys, anchors. */
export const yamlIt = {
  'yaml.syntax': (p) => `errore di sintassi YAML: ${p.detail}`,
  'yaml.duplicateKey': (p) => `la chiave "${p.key}" è ripetuta nella stessa mappa: YAML ne terrebbe una sola`,
  'yaml.anchor': (p) => `ancora "&${p.name}" non ammessa: scrivi i valori per esteso, ogni scheda deve leggersi da sola`,
  'yaml.alias': (p) => `alias "*${p.name}" non ammesso: scrivi il valore per esteso`,
  'yaml.tag': (p) => `tag YAML "${p.tag}" non ammesso: usa valori semplici; se il punto esclamativo fa parte del testo, metti il valore tra virgolette`,
  'yaml.complexKey': () => 'una lista o una mappa non può fare da chiave: usa una parola (ad esempio finalita:)',
  'yaml.unclosedFlow': (p) => `la parentesi ${p.char} aperta qui non è mai chiusa: manca ${p.closing}`,
  'yaml.tooDeep': () => 'struttura annidata troppo in profondità: il file non può essere una scheda del registro',
  'yaml.colonInValue': (p) => `i due punti seguiti da uno spazio fanno leggere il resto del valore come una nuova chiave: se fanno parte del testo, metti il valore tra virgolette (${p.key ? `${p.key}: ` : ''}${p.quoted})`,
  'yaml.misaligned': (p) => `la chiave "${p.key}" ha ${p.spaces} spazi di rientro e "${p.above}" nella riga sopra ${p.expected}: le chiavi della stessa voce vanno allineate, una sotto l'altra`,
  'yaml.strayClosing': (p) => `la parentesi ${p.char} non chiude nessuna parentesi ${p.opening} aperta prima: toglila, o aggiungi ${p.opening} dove l'elenco comincia`,
  'yaml.unclosedQuote': (p) => `le virgolette ${p.char} aperte qui non sono mai chiuse: aggiungi ${p.char} alla fine del testo`,
  'yaml.quoteContinuation': (p) => `questa riga continua il testo tra virgolette${p.key ? ` di "${p.key}"` : ''} della riga sopra, ma non è rientrata: aggiungi almeno due spazi all'inizio della riga`,
  'yaml.apostrophe': (p) => `l'apostrofo di "${p.word}" chiude le virgolette semplici aperte prima: scrivilo due volte (${String(p.word).replace("'", "''")}) o metti il testo tra virgolette doppie`,
  'yaml.quoteInside': (p) => `le virgolette doppie prima di ${p.word} chiudono il testo aperto da quelle all'inizio del valore: dentro il testo scrivile \\" oppure racchiudi il valore tra virgolette semplici`,
  'yaml.foldedDash': (p) => `questa riga, che comincia con un trattino, è letta come seguito del testo della riga sopra ("${p.value}"): se è una voce dell'elenco, metti il trattino sotto quello della voce sopra; se è un elenco dentro il testo, scrivi il testo dopo | (una riga per voce)`,
  'yaml.indicatorStart': (p) => `il carattere ${p.char} all'inizio di un valore ha un significato speciale in YAML: se fa parte del testo (un punto elenco, una nota), metti il valore tra virgolette (${p.quoted}); le voci di un elenco cominciano con un trattino e uno spazio (- )`,
  'yaml.missingColon': (p) => `"${p.word}" non ha i due punti: una chiave si scrive chiave: valore`,
} satisfies Record<string, (p: MessageParams) => string>;
