/**
 * The fast path of the safe parser: one pass over the text, with no tree and no recursion, that
 * finds the structure of a JSON text (where containers open and close, which strings are keys)
 * and checks nesting depth and keys on the way. It does not judge what JSON.parse judges anyway
 * (characters inside strings, the digits of numbers); its caller runs JSON.parse next. When the
 * text is valid JSON, the structure found here is exact, so true here plus success of JSON.parse
 * means the text is JSON within the depth limit with no duplicate or forbidden key. Anything
 * else, even a document that is merely unusual, answers false, and the caller runs the thorough
 * path, which finds and places every issue. So this only has to be right when it says true.
 */
import { FORBIDDEN_KEYS } from "./check-keys.js";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Objects with more keys than this switch from a linear search to a Set for duplicates. */
const LINEAR_KEYS = 12;

/** JSON whitespace; sticky, so it matches only where lastIndex says. */
const WHITESPACE = /[ \n\r\t]*/y;

function skipWhitespace(text: string, i: number): number {
  // Most tokens are followed directly by the next one; runs (indentation) go to the regex engine,
  // which skips them several times faster than a loop over characters.
  if (text.charCodeAt(i) > 0x20) return i;
  WHITESPACE.lastIndex = i;
  WHITESPACE.test(text);
  return WHITESPACE.lastIndex;
}

/**
 * Index after the string whose opening quote is at `start`, or -1 when it does not end. The end
 * is the first quote not escaped by an odd run of backslashes: in valid JSON that is exactly
 * where the string ends (escapes are one character, or "u" and four hex digits).
 */
function skipString(text: string, start: number): number {
  let j = start;
  for (;;) {
    j = text.indexOf('"', j + 1);
    if (j < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(j - 1 - backslashes) === BACKSLASH) backslashes++;
    if ((backslashes & 1) === 0) return j + 1;
  }
}

/** Index after a number or literal starting at `start`: the run of characters they can contain. */
function skipScalar(text: string, start: number): number {
  let j = start;
  for (;;) {
    const c = text.charCodeAt(j);
    // 0-9 . + - e E and the letters of true, false, null.
    if ((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2b || c === 0x2d || (c >= 0x61 && c <= 0x7a) || c === 0x45) j++;
    else return j;
  }
}

/**
 * True when `text` has the structure of a JSON text (JSON.parse still has to accept it), nests at
 * most `maxDepth` deep (`[]` is 1), and has no duplicate key (after unescaping) and no forbidden
 * key. Linear in the text; allocates only the keys of open objects.
 */
export function isCleanJson(text: string, maxDepth: number): boolean {
  const n = text.length;
  // objects[d - 1] is 1 when the container open at depth d is an object.
  const objects = new Uint8Array(Math.min(maxDepth, n) + 1);
  let depth = 0;
  // Keys of every open object, innermost last, in keys[0 .. keyCount); keyStart[d] is where
  // depth d's keys begin.
  const keys: string[] = [];
  let keyCount = 0;
  const keyStart: number[] = [];
  // Per depth, a Set once an object has many keys (undefined while the linear search is used).
  const keySets: (Set<string> | undefined)[] = [];
  let i = skipWhitespace(text, 0);
  let expectValue = true;
  for (;;) {
    if (expectValue) {
      const c = text.charCodeAt(i);
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (depth >= maxDepth) return false;
        const object = c === OPEN_BRACE;
        i = skipWhitespace(text, i + 1);
        if (text.charCodeAt(i) === (object ? CLOSE_BRACE : CLOSE_BRACKET)) {
          i++;
          expectValue = false;
          continue;
        }
        objects[depth++] = object ? 1 : 0;
        if (!object) continue;
        keyStart[depth] = keyCount;
        keySets[depth] = undefined;
      } else {
        if (c === QUOTE) i = skipString(text, i);
        else if (i < n && c !== COMMA && c !== COLON && c !== CLOSE_BRACE && c !== CLOSE_BRACKET) {
          const end = skipScalar(text, i);
          if (end === i) return false;
          i = end;
        } else return false;
        if (i < 0) return false;
        expectValue = false;
        continue;
      }
    } else {
      i = skipWhitespace(text, i);
      if (depth === 0) return i === n;
      const c = text.charCodeAt(i);
      const object = objects[depth - 1] === 1;
      if (c === COMMA) {
        i = skipWhitespace(text, i + 1);
        expectValue = true;
        if (!object) continue;
      } else {
        if (c !== (object ? CLOSE_BRACE : CLOSE_BRACKET)) return false;
        if (object) {
          keyCount = keyStart[depth]!;
          keySets[depth] = undefined;
        }
        depth--;
        i++;
        continue;
      }
    }
    // An object member (after "{" or ","): key, colon, then the value.
    if (text.charCodeAt(i) !== QUOTE) return false;
    const end = skipString(text, i);
    if (end < 0) return false;
    const raw = text.slice(i + 1, end - 1);
    let key = raw;
    if (raw.includes("\\")) {
      // An escaped key: unescape it as JSON does; a bad escape means JSON.parse would refuse too.
      try {
        key = JSON.parse(text.slice(i, end)) as string;
      } catch {
        return false;
      }
    }
    // Every forbidden key is 9 or 11 characters long: most keys skip the search.
    if ((key.length === 9 || key.length === 11) && FORBIDDEN_KEYS.includes(key)) return false;
    const set = keySets[depth];
    if (set) {
      if (set.has(key)) return false;
      set.add(key);
    } else {
      const from = keyStart[depth]!;
      for (let k = from; k < keyCount; k++) if (keys[k] === key) return false;
      keys[keyCount++] = key;
      if (keyCount - from > LINEAR_KEYS) keySets[depth] = new Set(keys.slice(from, keyCount));
    }
    i = skipWhitespace(text, end);
    if (text.charCodeAt(i) !== COLON) return false;
    i = skipWhitespace(text, i + 1);
    expectValue = true;
  }
}
