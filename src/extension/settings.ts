import * as vscode from 'vscode';
import { settingsFromValues, type EditorSettings } from '../core/settings';

export { DEFAULT_DRAFT_GLOB, DEFAULT_LANGUAGES, DEFAULT_MAX_FILE_SIZE, type EditorSettings, type RunMode } from '../core/settings';

export function readSettings(scope?: vscode.ConfigurationScope): EditorSettings {
  const section = vscode.workspace.getConfiguration('copydesk', scope);
  return settingsFromValues((key) => section.get(key), 'VS Code settings');
}
