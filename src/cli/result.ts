import { lineStartsOf, positionOf } from '../engine/positions';
import type { Finding, Level } from '../engine/types';

/** One message in ESLint's JSON shape (the CLI contract). */
export interface Message {
  ruleId: string | null;
  severity: 0 | 1 | 2;
  level: Level;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions: { desc: string; fix: { range: [number, number]; text: string } }[];
  /** Only on file-level problems (unreadable, binary, too large). */
  fatal?: boolean;
}

export interface FileResult {
  filePath: string;
  messages: Message[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
}

export const severityOf = (level: Level): 0 | 1 | 2 => (level === 'error' ? 2 : level === 'warning' ? 1 : 0);

export function toMessages(text: string, findings: readonly Finding[]): Message[] {
  // Most drafts have nothing to report: no need to find their lines.
  if (findings.length === 0) return [];
  const starts = lineStartsOf(text);
  return findings.map((f) => {
    const start = positionOf(starts, f.start);
    const end = positionOf(starts, f.end);
    return {
      ruleId: f.ruleId,
      severity: severityOf(f.level),
      level: f.level,
      message: f.message,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      // A suggestion is one edit in the contract; multi-edit fixes list their first edit's range
      // widened to cover all of them, with the text rebuilt from the original.
      suggestions: f.fixes.map((fix) => {
        const edits = [...fix.edits].sort((a, b) => a.start - b.start);
        const rangeStart = edits[0]?.start ?? f.start;
        const rangeEnd = edits.reduce((max, e) => Math.max(max, e.end), rangeStart);
        let replacement = '';
        let cursor = rangeStart;
        for (const e of edits) {
          replacement += text.slice(cursor, e.start) + e.text;
          cursor = e.end;
        }
        return { desc: fix.title, fix: { range: [rangeStart, rangeEnd] as [number, number], text: replacement } };
      }),
    };
  });
}

export function fileResult(filePath: string, messages: Message[], fixableCount = 0): FileResult {
  return {
    filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    infoCount: messages.filter((m) => m.severity === 0).length,
    fixableCount,
  };
}
