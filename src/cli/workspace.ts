import { WorkspaceNames, type DraftNameList } from '../engine/workspace-names';
import { workspaceMatters } from '../engine/spelling/analysis';

/** What the first pass keeps of each draft for the workspace's names: its names (its people are read when asked about). */
export interface DraftNames extends Pick<DraftNameList, 'names'> {
  filePath: string;
  /** The names reported without the workspace (name variants, unknown capitalised words), bare. */
  reported: string[];
  /** The names its people's full names may hold (draftNamesOnly): none, and it names nobody the index asks about. */
  inPeople: string[];
}

/** The full names of a draft's people that hold one of `inPeople` (its DraftNames'). */
export type PeopleOf = (filePath: string, inPeople: readonly string[]) => readonly string[];

/**
 * The drafts checked together are the workspace: a name most of them spell
 * one way settles a slip in another. Every draft is linted once without the
 * workspace; its names fill the index; then only the drafts whose verdicts
 * the index can change are linted again with it.
 */
export function workspaceOf(drafts: readonly DraftNames[], peopleOf: PeopleOf): { workspace: WorkspaceNames; recheck: string[] } {
  const workspace = new WorkspaceNames();
  for (const draft of drafts) if (draft.names.length > 0) workspace.setDraft(draft.filePath, draft.names, draft.inPeople.length > 0 ? () => peopleOf(draft.filePath, draft.inPeople) : []);
  const recheck = drafts.filter((draft) => draft.names.length > 0 && workspaceMatters(draft.names, workspace, draft.filePath, new Set(draft.reported))).map((d) => d.filePath);
  return { workspace, recheck };
}

/**
 * Replaces the results of the drafts the workspace's names concern with a
 * second check that knows them, and drops the names from every result.
 */
export function settleWithWorkspace<R extends { filePath: string; draftNames?: DraftNames }>(
  results: R[],
  recheckFile: (filePath: string, workspace: WorkspaceNames) => R | null,
  peopleOf: PeopleOf,
): R[] {
  const drafts = results.flatMap((r) => (r.draftNames ? [r.draftNames] : []));
  for (const r of results) delete r.draftNames;
  if (drafts.length < 2) return results;
  const { workspace, recheck } = workspaceOf(drafts, peopleOf);
  if (recheck.length === 0) return results;
  const again = new Set(recheck);
  return results.map((r) => (again.has(r.filePath) ? (recheckFile(r.filePath, workspace) ?? r) : r));
}
