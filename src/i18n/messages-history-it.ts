import type { MessageParams } from '../diagnostics/types.js';
import { fieldLabels } from './field-list.js';

/** Italian messages of the history commands (storia, diff, --al): git revisions, shallow clones, dates. */
export const historyIt = {
  'history.needsGitDiff': (p) => `il registro "${p.path}" non è in un repository git: per confrontare due versioni fuori da git indica due cartelle (registro diff <cartella-prima> <cartella-dopo>)`,
  'history.needsGit': (p) => `il registro "${p.path}" non è in un repository git: la storia delle schede si legge dai commit, quindi ${p.command} funziona solo dentro git (git init e un primo commit)`,
  'history.badRevision': (p) => `"${p.rev}"${p.range ? ` (nell'intervallo "${p.range}")` : ''} non è una revisione git di questo repository (un ramo, un tag, un commit o ad esempio HEAD~1)`,
  'history.noMergeBase': (p) => `le revisioni "${p.a}" e "${p.b}" non hanno un antenato comune: usa ${p.a}..${p.b}`,
  'history.diffArgs': (p) => `argomenti non validi "${p.args}": indica una revisione (HEAD~1, origin/main..HEAD, origin/main...HEAD) con, se serve, la cartella del registro, oppure due cartelle di registro`,
  'history.badDate': (p) => `--al "${p.value}" non è una data: scrivila come AAAA-MM-GG, ad esempio 2025-12-31`,
  'history.beforeHistory': (p) => `al ${p.date} il registro non era ancora in git: il primo commit è successivo`,
  'history.notInRevision': (p) => `al ${p.date} (commit ${p.commit}) il registro non esisteva ancora in questa cartella`,
  'history.unknownActivity': (p) => `"${p.id}" non è l'id di un trattamento, di un servizio, di un soggetto o di un termine del registro, né compare nella sua storia git ("registro" per registro.yaml)`,
  'history.asOf': (p) => `registro al ${p.date}: letto da git, commit ${p.commit}`,
  'history.noCommits': (p) => `il repository non ha ancora commit, quindi "${p.rev}" non indica nulla: fai il primo commit del registro (git add e git commit) e riprova`,
  'history.noCommitsYet': (p) => `il repository del registro "${p.path}" non ha ancora commit: la storia si legge dai commit, quindi ${p.command} funziona dal primo commit (git add e git commit)`,
  'history.partialClone': () => `questo repository è un clone parziale (git clone --filter) e alcune versioni passate delle schede sono rimaste sul server: registro non scarica nulla (eseguirebbe i comandi che la configurazione del repository indica), quindi leggi la storia da un clone completo (git clone senza --filter)`,
  'history.badRevisionShallow': (p) => `"${p.rev}" non è in questo repository, che è un clone superficiale (git clone --depth, come il checkout predefinito della CI) senza quella parte della storia: scaricala con git fetch --unshallow (in GitHub Actions: fetch-depth: 0)`,
  'history.noMergeBaseShallow': (p) => `non si trova l'antenato comune di "${p.a}" e "${p.b}": il repository è un clone superficiale (git clone --depth) senza quella parte della storia; scaricala con git fetch --unshallow (in GitHub Actions: fetch-depth: 0)`,
  'history.beforeHistoryShallow': (p) => `al ${p.date} la storia scaricata non arriva: il repository è un clone superficiale (git clone --depth) e il commit più vecchio che contiene è successivo; scarica la storia intera con git fetch --unshallow`,
  'history.shallow': (p) => `il repository è un clone superficiale: la storia comincia dal commit ${p.commit} del ${p.date} e ciò che esisteva già allora risulta «presente», non creato; per la storia intera git fetch --unshallow (in GitHub Actions: fetch-depth: 0)`,
  'history.unreadable': (p) => `${p.path} (versione: ${p.side}) non si legge (registro validate dice perché): il confronto lo tratta come assente`,
  'rule.noticeStaleController': (p) => `${p.file} è cambiato il ${p.date} (commit ${p.commit}) in ciò che l'informativa del servizio riporta (${fieldLabels(p.fields, 'it')}), ma l'informativa risulta aggiornata al ${p.notice}: ${republishIt(p)}`,
  'rule.noticeStaleParty': (p) => `il soggetto "${p.id}" di ${p.file}, che l'informativa del servizio nomina, è cambiato il ${p.date} (commit ${p.commit}: ${fieldLabels(p.fields, 'it')}), ma l'informativa risulta aggiornata al ${p.notice}: ${republishIt(p)}`,
  'rule.noticeStaleTerm': (p) => `il termine "${p.id}" di ${p.file}, che l'informativa del servizio mostra, ha cambiato nome il ${p.date} (commit ${p.commit}), ma l'informativa risulta aggiornata al ${p.notice}: ${republishIt(p)}`,
  'rule.noticeStaleTranslation': (p) => `la traduzione inglese di "${p.id}" in ${p.file}, che l'informativa in inglese del servizio mostra, è cambiata il ${p.date} (commit ${p.commit}), ma l'informativa risulta aggiornata al ${p.notice}: ${republishIt(p)}`,
} satisfies Record<string, (p: MessageParams) => string>;

const republishIt = (p: MessageParams) => `ripubblica l'informativa e scrivi "aggiornato: ${p.date}" nel servizio`;

