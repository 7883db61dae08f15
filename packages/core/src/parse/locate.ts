import type { JsonNode as Node } from "./json-tree.js";
import { fromPointer } from "../issues/issue.js";
import type { LineIndex, SourcePosition } from "./source-position.js";

/** Which end of an object member to point at: its key (default) or its value. */
export type LocatePart = "key" | "value";

/**
 * Maps a JSON Pointer of the parsed value to where it is written. For an object member, `"key"`
 * (the default, best for "unknown key" findings) gives the key's opening quote and `"value"` the
 * value's first character; array elements and the root have no key, so both give the value. A
 * pointer that does not exist gives the position of its deepest existing ancestor (same part);
 * a malformed pointer, or a document without a syntax tree, gives undefined.
 */
export type Locate = (pointer: string, part?: LocatePart) => SourcePosition | undefined;

const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

/** A locator for documents that have no syntax tree (too large, not UTF-8, too deep, empty). */
export const locateNothing: Locate = () => undefined;

/** Builds a {@link Locate} over a syntax tree (json-tree.ts). */
export function createLocator(root: Node, lines: LineIndex): Locate {
  // Member lookup is indexed per object on first use, so locating every issue of a large
  // document stays linear. The first occurrence of a key wins, as in findNodeAtLocation.
  const members = new WeakMap<Node, Map<string, Node>>();
  function membersOf(object: Node): Map<string, Node> {
    let map = members.get(object);
    if (!map) {
      map = new Map();
      for (const property of object.children ?? []) {
        const key = property.children?.[0];
        if (key && typeof key.value === "string" && !map.has(key.value)) map.set(key.value, property);
      }
      members.set(object, map);
    }
    return map;
  }

  return (pointer, part = "key") => {
    if (pointer !== "" && !pointer.startsWith("/")) return undefined;
    let node = root;
    let key: Node | undefined;
    for (const segment of fromPointer(pointer)) {
      let next: Node | undefined;
      let nextKey: Node | undefined;
      if (node.type === "object") {
        const property = membersOf(node).get(segment);
        nextKey = property?.children?.[0];
        next = property?.children?.[1];
        // A member without a value only exists in a tree recovered from a syntax error.
        if (nextKey && !next) return lines.positionAt(nextKey.offset);
      } else if (node.type === "array" && ARRAY_INDEX.test(segment)) {
        next = node.children?.[Number(segment)];
      }
      if (!next) break;
      node = next;
      key = nextKey;
    }
    return lines.positionAt(part === "key" && key ? key.offset : node.offset);
  };
}
