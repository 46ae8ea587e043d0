/**
 * The part of markdown-it 14 (pinned in package.json) that the Markdown mask uses:
 * the token stream, and the rule chains it hooks to learn where inline tokens sit.
 */
declare module 'markdown-it' {
  namespace MarkdownIt {
    interface Token {
      type: string;
      content: string;
      markup: string;
      info: string;
      /** [first line, line after the last), 0-based, on block tokens. */
      map: [number, number] | null;
      children: Token[] | null;
    }

    interface StateInline {
      src: string;
      pos: number;
      posMax: number;
      /** Text read but not yet pushed as a token. */
      pending: string;
      tokens: Token[];
      env: Record<string, unknown>;
    }

    interface StateBlock {
      line: number;
      env: Record<string, unknown>;
    }

    interface StateCore {
      tokens: Token[];
      env: Record<string, unknown>;
    }

    type CoreRule = (state: StateCore) => void;
    type InlineRule = (state: StateInline, silent: boolean) => boolean;
    type PostInlineRule = (state: StateInline) => boolean | void;
    type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

    interface Ruler<Rule> {
      at(name: string, fn: Rule, options?: { alt?: string[] }): void;
      push(ruleName: string, fn: Rule, options?: { alt?: string[] }): void;
    }

    interface Options {
      html?: boolean;
      linkify?: boolean;
      typographer?: boolean;
      maxNesting?: number;
    }
  }

  class MarkdownIt {
    constructor(presetName?: 'commonmark' | 'default' | 'zero', options?: MarkdownIt.Options);
    enable(list: string | string[], ignoreInvalid?: boolean): this;
    disable(list: string | string[], ignoreInvalid?: boolean): this;
    parse(src: string, env: object): MarkdownIt.Token[];
    normalizeLink: (url: string) => string;
    normalizeLinkText: (url: string) => string;
    readonly core: { ruler: MarkdownIt.Ruler<MarkdownIt.CoreRule> };
    readonly block: { ruler: MarkdownIt.Ruler<MarkdownIt.BlockRule> };
    readonly inline: {
      ruler: MarkdownIt.Ruler<MarkdownIt.InlineRule>;
      ruler2: MarkdownIt.Ruler<MarkdownIt.PostInlineRule>;
      tokenize(state: MarkdownIt.StateInline): void;
      parse(src: string, md: MarkdownIt, env: object, outTokens: MarkdownIt.Token[]): void;
    };
  }

  export = MarkdownIt;
}
