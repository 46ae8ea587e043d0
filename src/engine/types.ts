/** Severity of a finding, from most to least serious. */
export type Level = 'error' | 'warning' | 'info' | 'hint';
export const LEVELS: readonly Level[] = ['error', 'warning', 'info', 'hint'];

/** `copydesk` is the engine's own report on a draft's settings. */
export type Family = 'quote' | 'spelling' | 'date' | 'style' | 'copydesk';

/** Half-open range of UTF-16 offsets into the draft's original text. */
export interface Span {
  start: number;
  end: number;
}

export interface TextEdit extends Span {
  text: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** True when the fix can be applied without a human look (`--fix`, fixAll). */
  safe?: boolean;
}

/** Another place in the draft (or another file) that explains a finding. */
export interface RelatedLocation extends Span {
  message: string;
  /** Absent when the place is in the same draft. */
  filePath?: string;
  /** 0-based line/character, filled for locations in other files whose text is not at hand. */
  line?: number;
  character?: number;
}

export interface Finding extends Span {
  ruleId: string;
  message: string;
  level: Level;
  fixes: Fix[];
  related?: RelatedLocation[];
  /** The word a dictionary action ("Add to dictionary", "Ignore in draft") applies to. */
  word?: string;
}

export type RuleSetting = 'off' | Level | [Level | 'off', Record<string, unknown>?];

export interface RuleMeta {
  /** `family/name`, part of the CLI contract. */
  id: string;
  family: Family;
  /** One line, shown in listings and SARIF. */
  description: string;
  /** A sentence or two for hovers: what is checked and why it matters to an editor. */
  rationale: string;
  defaultLevel: Level | 'off';
  fixable: boolean;
  /** Rules that only apply under a house style. */
  requiresStyle?: 'ap';
}

/** What a rule hands to `report`; the engine fills in ruleId and level. */
export interface Report extends Span {
  message: string;
  fixes?: Fix[];
  related?: RelatedLocation[];
  word?: string;
  /** Override the configured level for this one finding (rare: e.g. style-only variants). */
  level?: Level;
}
