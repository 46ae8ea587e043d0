import { dirname, isAbsolute, join } from 'node:path';
import type { ConfigProblem, CopydeskConfig } from '../engine/config';
import { loadConfigForFile } from '../engine/config-files';
import { ruleIds } from '../rules';

export interface DraftConfigFiles {
  config: Partial<CopydeskConfig>;
  problems: ConfigProblem[];
  files: string[];
}

/** Where the settings files an editor should watch live, as globs. */
export const CONFIG_FILE_GLOBS = ['**/.copydesk.json', '**/.copydesk/words.txt', '**/.copydesk/facts.{yaml,yml,json}'];

const CONFIG_FILE_PATH = /(^|[\\/])\.copydesk(\.json|[\\/](words\.txt|facts\.(ya?ml|json)))$/;

/** Whether a saved or changed file is one of Copydesk's settings files. */
export const isConfigFilePath = (path: string): boolean => CONFIG_FILE_PATH.test(path);


export interface ConfigLookup {
  /** The workspace folder holding the draft: a relative custom path is resolved from it. */
  workspaceFolder?: string;
  /** A settings file to use instead of the nearest `.copydesk.json` (followed only when trusted). */
  configFile?: string;
  trusted: boolean;
}

/**
 * Settings files (.copydesk.json, .copydesk/words.txt, the facts sheet) found by walking up
 * from each draft as the CLI does, read once per folder and kept until `invalidate`. Files
 * hold data only: JSON, YAML and word lists are parsed, never run.
 */
export class ConfigFilesCache {
  private readonly byFolder = new Map<string, DraftConfigFiles>();

  invalidate(): void {
    this.byFolder.clear();
  }

  /** The settings files that apply to a draft on disk at `filePath`. */
  forFile(filePath: string, lookup: ConfigLookup): DraftConfigFiles {
    const folder = dirname(filePath);
    const { configFile } = lookup;
    const customFile = configFile && lookup.trusted ? (isAbsolute(configFile) ? configFile : join(lookup.workspaceFolder ?? folder, configFile)) : undefined;
    const key = `${folder}\u0000${customFile ?? ''}`;
    let cached = this.byFolder.get(key);
    if (!cached) {
      cached = loadConfigForFile(filePath, { configFile: customFile, knownRuleIds: ruleIds });
      this.byFolder.set(key, cached);
    }
    return cached;
  }
}

/** No settings files: for unsaved or virtual documents. */
export const NO_CONFIG_FILES: DraftConfigFiles = Object.freeze({ config: {}, problems: [], files: [] }) as DraftConfigFiles;
