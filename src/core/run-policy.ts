/** `copydesk.run`. */
export type RunMode = 'onType' | 'onSave';

/**
 * What asks for a draft to be checked:
 * - `open`: the draft was opened (or shown again after VS Code had dropped its findings);
 * - `save`: the user saved it (Ctrl+S, Save All, or Auto Save when focus leaves the editor);
 * - `autoSave`: Auto Save wrote it after a pause in typing (`files.autoSave: afterDelay`, the
 *   default in VS Code for the Web and code-server);
 * - `typing`: the user paused while typing;
 * - `refresh`: something else changed (settings, .copydesk.json, words file, workspace names,
 *   workspace trust);
 * - `command`: the user asked for it (Check Current Draft, Export Review Report, Check All).
 */
export type CheckTrigger = 'open' | 'save' | 'autoSave' | 'typing' | 'refresh' | 'command';

/**
 * Whether a check may publish findings now. With `copydesk.run: "onSave"` the Problems panel
 * shows the draft as the user last saved it: typing never checks; a refresh re-checks only a draft
 * whose text is unchanged since its last check; and a save Auto Save made after a pause counts as
 * typing, since the user did not ask for it (else "on save" would mean "a second after typing").
 */
export function checksNow(run: RunMode, trigger: CheckTrigger, editedSinceLastCheck: boolean): boolean {
  if (run === 'onType') return true;
  switch (trigger) {
    case 'open':
    case 'save':
    case 'command':
      return true;
    case 'typing':
    case 'autoSave':
      return false;
    case 'refresh':
      return !editedSinceLastCheck;
  }
}
