import { relative, sep } from 'node:path';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { docsUrl } from '../../engine/rule';
import type { Level, RuleMeta } from '../../engine/types';
import type { FileResult } from '../result';

const sarifLevel = (level: Level): Result.level => (level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'note');

/** SARIF 2.1.0 for GitHub code scanning: rule metadata with help links, columns in UTF-16 units. */
export function formatSarif(results: FileResult[], rules: readonly RuleMeta[], version: string): string {
  const descriptors: ReportingDescriptor[] = rules.map((meta) => ({
    id: meta.id,
    name: meta.id.replace(/[/-](\w)/g, (_, ch: string) => ch.toUpperCase()),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.rationale },
    helpUri: docsUrl(meta.id),
    help: { text: `${meta.description} ${meta.rationale}`, markdown: `${meta.rationale}\n\n[Rule documentation](${docsUrl(meta.id)})` },
    defaultConfiguration: { level: meta.defaultLevel === 'off' ? 'none' : sarifLevel(meta.defaultLevel), enabled: meta.defaultLevel !== 'off' },
    properties: { tags: [meta.family] },
  }));
  const index = new Map(rules.map((meta, i) => [meta.id, i]));
  const sarifResults: Result[] = [];
  const notifications: NonNullable<NonNullable<Log['runs'][number]['invocations']>[number]['toolExecutionNotifications']> = [];
  for (const file of results) {
    const uri = relative(process.cwd(), file.filePath).split(sep).join('/');
    for (const m of file.messages) {
      const location = { physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn } } };
      if (m.ruleId === null) {
        notifications.push({ level: m.severity === 2 ? 'error' : 'warning', message: { text: m.message }, locations: [location] });
        continue;
      }
      const ruleIndex = index.get(m.ruleId);
      sarifResults.push({
        ruleId: m.ruleId,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: sarifLevel(m.level),
        message: { text: m.message },
        locations: [location],
      });
    }
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Copydesk', version, semanticVersion: version, informationUri: 'https://github.com/copydesk/copydesk', rules: descriptors } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: `file://${process.cwd().split(sep).join('/')}/` } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
