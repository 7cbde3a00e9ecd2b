import type { MessageParams } from '../diagnostics/types.js';
import type { historyIt } from './messages-history-it.js';
import { fieldLabels } from './field-list.js';

/** English messages of the history commands (storia, diff, --al). Must have every id of the Italian ones. */
export const historyEn: Record<keyof typeof historyIt, (p: MessageParams) => string> = {
  'history.needsGitDiff': (p) => `the register "${p.path}" is not in a git repository: to compare two versions outside git, give two register folders (registro diff <folder-before> <folder-after>)`,
  'history.needsGit': (p) => `the register "${p.path}" is not in a git repository: the history of the records is read from the commits, so ${p.command} works only inside git (git init and a first commit)`,
  'history.badRevision': (p) => `"${p.rev}"${p.range ? ` (in the range "${p.range}")` : ''} is not a git revision of this repository (a branch, a tag, a commit or for example HEAD~1)`,
  'history.noMergeBase': (p) => `the revisions "${p.a}" and "${p.b}" have no common ancestor: use ${p.a}..${p.b}`,
  'history.diffArgs': (p) => `invalid arguments "${p.args}": give one revision (HEAD~1, origin/main..HEAD, origin/main...HEAD), with the register folder if needed, or two register folders`,
  'history.badDate': (p) => `--al "${p.value}" is not a date: write it as YYYY-MM-DD, for example 2025-12-31`,
  'history.beforeHistory': (p) => `on ${p.date} the register was not in git yet: the first commit is later`,
  'history.notInRevision': (p) => `on ${p.date} (commit ${p.commit}) the register did not exist in this folder yet`,
  'history.unknownActivity': (p) => `"${p.id}" is not the id of a processing activity, a service, a party or a term of the register, nor is it in its git history ("registro" for registro.yaml)`,
  'history.asOf': (p) => `register as of ${p.date}: read from git, commit ${p.commit}`,
  'history.noCommits': (p) => `the repository has no commit yet, so "${p.rev}" names nothing: make the register's first commit (git add and git commit) and try again`,
  'history.noCommitsYet': (p) => `the repository of the register "${p.path}" has no commit yet: the history is read from the commits, so ${p.command} works from the first commit (git add and git commit)`,
  'history.partialClone': () => `this repository is a partial clone (git clone --filter) and some past versions of the records stayed on the server: registro downloads nothing (it would run the commands the repository's configuration names), so read the history from a full clone (git clone without --filter)`,
  'history.badRevisionShallow': (p) => `"${p.rev}" is not in this repository, a shallow clone (git clone --depth, as CI checks out by default) without that part of the history: fetch it with git fetch --unshallow (in GitHub Actions: fetch-depth: 0)`,
  'history.noMergeBaseShallow': (p) => `the common ancestor of "${p.a}" and "${p.b}" cannot be found: the repository is a shallow clone (git clone --depth) without that part of the history; fetch it with git fetch --unshallow (in GitHub Actions: fetch-depth: 0)`,
  'history.beforeHistoryShallow': (p) => `the fetched history does not reach back to ${p.date}: the repository is a shallow clone (git clone --depth) whose oldest commit is later; fetch the whole history with git fetch --unshallow`,
  'history.shallow': (p) => `the repository is a shallow clone: the history starts at commit ${p.commit} of ${p.date}, and what already existed then shows as "present", not created; for the whole history git fetch --unshallow (in GitHub Actions: fetch-depth: 0)`,
  'history.unreadable': (p) => `${p.path} (version: ${p.side}) cannot be read (registro validate says why): the comparison treats it as missing`,
  'rule.noticeStaleController': (p) => `${p.file} changed on ${p.date} (commit ${p.commit}) in what the service's notice states (${fieldLabels(p.fields, 'en')}), but the notice is dated ${p.notice}: ${republishEn(p)}`,
  'rule.noticeStaleParty': (p) => `the party "${p.id}" of ${p.file}, named by the service's notice, changed on ${p.date} (commit ${p.commit}: ${fieldLabels(p.fields, 'en')}), but the notice is dated ${p.notice}: ${republishEn(p)}`,
  'rule.noticeStaleTerm': (p) => `the term "${p.id}" of ${p.file}, shown by the service's notice, was renamed on ${p.date} (commit ${p.commit}), but the notice is dated ${p.notice}: ${republishEn(p)}`,
  'rule.noticeStaleTranslation': (p) => `the English translation of "${p.id}" in ${p.file}, shown by the service's English notice, changed on ${p.date} (commit ${p.commit}), but the notice is dated ${p.notice}: ${republishEn(p)}`,
};

const republishEn = (p: MessageParams) => `republish the notice and write "aggiornato: ${p.date}" in the service`;
