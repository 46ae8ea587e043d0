import type { RuleMeta } from '../engine/types';
import type { Attribution, Quotation, TextModel } from '../engine/model/types';
import type { Finding } from '../engine/types';
import { rulesById } from '../rules';

/** A rule's meta by id, the front matter check included. */
export function ruleMetaOf(ruleId: string): RuleMeta | undefined {
  return rulesById.get(ruleId)?.meta;
}

export interface FindingsAt {
  /** The findings whose span holds the offset, first one first. */
  findings: Finding[];
  /** Their rules, each once, in the same order. */
  rules: RuleMeta[];
}

/** What a hover at `offset` explains: the findings there and the rules behind them. */
export function findingsAt(findings: readonly Finding[], offset: number): FindingsAt {
  const here = findings.filter((f) => f.start <= offset && offset <= f.end);
  const rules: RuleMeta[] = [];
  for (const finding of here) {
    const meta = ruleMetaOf(finding.ruleId);
    if (meta && !rules.includes(meta)) rules.push(meta);
  }
  return { findings: here, rules };
}

export interface QuotationSpeaker {
  /** The speaker as the draft names them, or undefined when no one is named. */
  speaker?: string;
  /** How the attribution was made (`said-after`, `colon`, …), or undefined when there is none. */
  form?: Attribution['form'];
}

const FORM_WORDS: Record<Attribution['form'], string> = {
  'said-after': 'attribution after the quote',
  'said-before': 'attribution before the quote',
  colon: 'attribution introducing the quote with a colon',
  'according-to': '"according to"',
  partial: 'a partial quote inside the attribution',
  continuation: 'continues an attributed quote',
  'multi-paragraph': 'a quote running over paragraphs',
};

/** A line for a hover: who says the quotation, and how the draft says so. */
export function describeSpeaker({ speaker, form }: QuotationSpeaker): string {
  if (!form) return 'Speaker: none named.';
  return `Speaker: ${speaker ?? 'not named'} (${FORM_WORDS[form]}).`;
}

/**
 * The speaker of the innermost speech quotation holding `offset`, following continuations to
 * the quote that names them; undefined outside any speech quotation.
 */
export function speakerAt(model: Pick<TextModel, 'quotations'>, offset: number): QuotationSpeaker | undefined {
  let innermost: Quotation | undefined;
  for (const q of model.quotations) {
    if (q.kind === 'speech' && q.outer.start <= offset && offset <= q.outer.end && (!innermost || q.depth > innermost.depth)) innermost = q;
  }
  if (!innermost) return undefined;
  const attribution = innermost.attribution;
  if (!attribution) return {};
  let named: Attribution | undefined = attribution;
  // Continuation forms name the speaker on an earlier quote; a chain never loops back, but stop at its length anyway.
  for (let hops = 0; named && !named.speakerText && named.from !== undefined && hops < model.quotations.length; hops++) named = model.quotations[named.from]?.attribution;
  return { speaker: named?.speakerText, form: attribution.form };
}
