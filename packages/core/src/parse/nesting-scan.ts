import { toPointer } from "../issues/issue.js";
import { CLOSE_BRACE, CLOSE_BRACKET, COMMA, EOF, LINE_COMMENT, OPEN_BRACE, OPEN_BRACKET, STRING, WHITESPACE } from "./_json-tokens.js";
import type { Token } from "./_json-tokens.js";
import { createJsonScanner } from "./json-scanner.js";

/** Where a document first nests deeper than allowed, and how deep it goes. */
export interface NestingOverflow {
  /** Deepest nesting in the whole text (a scalar is 0, `[]` is 1, `[[]]` is 2). */
  readonly depth: number;
  /** Offset of the first `[` or `{` that opens a container deeper than the limit. */
  readonly offset: number;
  /** JSON Pointer of that container, as far as a token scan can tell. */
  readonly pointer: string;
}

interface Frame {
  readonly array: boolean;
  /** Array: index of the current element. Object: current key. */
  segment: string | number;
  /** Object only: the next string token is a key. */
  expectKey: boolean;
}

/**
 * Measures nesting with an iterative token scan, before any tree is built: the tree parser
 * (json-tree.ts) recurses once per level, so 100 000 `[` would overflow the stack. Returns
 * undefined when the text nests no deeper than `limit`.
 *
 * A closer pops only when it matches the innermost opener, and the parser stops at its first
 * error (a `}` in an array is one), so the depth counted here is never less than the parser's
 * recursion depth, even on malformed input such as `[},[},[},...`.
 */
export function scanNesting(text: string, limit: number): NestingOverflow | undefined {
  const scanner = createJsonScanner(text);
  /** The next token that is not whitespace, a line break or a comment. */
  const scan = (): Token => {
    let t: Token;
    do t = scanner.scan();
    while (t >= LINE_COMMENT && t <= WHITESPACE);
    return t;
  };
  // One entry per open container (true for an array); its length is the current depth.
  const openers: boolean[] = [];
  // Path frames only up to the limit: deeper paths are never reported.
  const frames: Frame[] = [];
  let maxDepth = 0;
  let overflow: { offset: number; pointer: string } | undefined;
  for (let token = scan(); token !== EOF; token = scan()) {
    const top = frames.length === openers.length ? frames[frames.length - 1] : undefined;
    switch (token) {
      case OPEN_BRACE:
      case OPEN_BRACKET: {
        if (top && !top.array) top.expectKey = false;
        const array = token === OPEN_BRACKET;
        openers.push(array);
        const depth = openers.length;
        if (depth > maxDepth) maxDepth = depth;
        if (depth <= limit) frames.push({ array, segment: array ? 0 : "", expectKey: !array });
        else if (!overflow) {
          overflow = { offset: scanner.offset, pointer: toPointer(frames.map((f) => f.segment)) };
        }
        break;
      }
      case CLOSE_BRACE:
      case CLOSE_BRACKET: {
        const array = token === CLOSE_BRACKET;
        if (openers.length === 0 || openers[openers.length - 1] !== array) break;
        if (frames.length === openers.length) frames.pop();
        openers.pop();
        break;
      }
      case COMMA:
        if (top) {
          if (top.array && typeof top.segment === "number") top.segment++;
          else top.expectKey = true;
        }
        break;
      case STRING:
        if (top && !top.array && top.expectKey) {
          top.segment = scanner.value;
          top.expectKey = false;
        }
        break;
      default:
        if (top && !top.array) top.expectKey = false;
    }
  }
  return overflow && { depth: maxDepth, ...overflow };
}
