import { createScanner } from "jsonc-parser";
import { toPointer } from "../issues/issue.js";

// jsonc-parser's SyntaxKind is a `const enum`, which isolatedModules cannot read from a .d.ts;
// these are its stable numeric values (jsonc-parser 3.x).
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const COMMA = 5;
const STRING = 10;
const EOF = 17;

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
 * Measures nesting with an iterative token scan, before any tree is built: jsonc-parser's parser
 * recurses once per level, so 100 000 `[` would overflow the stack. Returns undefined when the
 * text nests no deeper than `limit`.
 *
 * A closer pops only when it matches the innermost opener. jsonc-parser does the same (a `}` in an
 * array is skipped, not a close), so the depth counted here is never less than the parser's
 * recursion depth, even on malformed input such as `[},[},[},...`.
 */
export function scanNesting(text: string, limit: number): NestingOverflow | undefined {
  const scanner = createScanner(text, true);
  // One entry per open container (true for an array); its length is the current depth.
  const openers: boolean[] = [];
  // Path frames only up to the limit: deeper paths are never reported.
  const frames: Frame[] = [];
  let maxDepth = 0;
  let overflow: { offset: number; pointer: string } | undefined;
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
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
          overflow = { offset: scanner.getTokenOffset(), pointer: toPointer(frames.map((f) => f.segment)) };
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
          top.segment = scanner.getTokenValue();
          top.expectKey = false;
        }
        break;
      default:
        if (top && !top.array) top.expectKey = false;
    }
  }
  return overflow && { depth: maxDepth, ...overflow };
}
