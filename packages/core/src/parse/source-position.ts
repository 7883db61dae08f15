/**
 * A place in a document's text. `offset` and `column` count UTF-16 code units, as JavaScript
 * strings, TypeScript, ESLint and VS Code do: "é" and "中" count 1, an emoji outside the Basic
 * Multilingual Plane counts 2. Offsets index into the decoded text without its byte order mark
 * (`ParsedJson.text`).
 */
export interface SourcePosition {
  /** 1-based line; a line ends at "\n", "\r\n" or a lone "\r". */
  readonly line: number;
  /** 1-based column, in UTF-16 code units from the start of the line. */
  readonly column: number;
  /** 0-based index into the text, in UTF-16 code units. */
  readonly offset: number;
}

/** Maps offsets to line and column; builds the line table once, then answers by binary search. */
export interface LineIndex {
  positionAt(offset: number): SourcePosition;
}

/** Builds a {@link LineIndex} for a text (one linear pass, no recursion). */
export function createLineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d) {
      // "\r\n" is one line break; a lone "\r" is one too (JSON allows it as whitespace).
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return {
    positionAt(offset: number): SourcePosition {
      const at = Math.max(0, Math.min(Math.trunc(offset), text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (starts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: at - starts[lo]! + 1, offset: at };
    },
  };
}
