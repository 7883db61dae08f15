import type { Node } from "jsonc-parser";
import { escapePointerToken } from "../issues/issue.js";
import type { Issue } from "../issues/issue.js";
import type { LineIndex } from "./source-position.js";

/**
 * Keys refused at any depth: a program that copies a parsed document with a plain assignment or
 * a naive deep merge would change an object prototype instead of adding a member.
 */
export const FORBIDDEN_KEYS: readonly string[] = Object.freeze(["__proto__", "constructor", "prototype"]);

/**
 * Finds duplicate keys (JSON.parse would silently keep the last one) and forbidden keys, in
 * text order. Keys are compared after unescaping, so `"\u0061"` duplicates `"a"` and
 * `"__proto\u005f_"` is `__proto__`. Walks with an explicit stack: no recursion on input shape.
 */
export function checkKeys(root: Node, lines: LineIndex): Issue[] {
  const issues: Issue[] = [];
  const stack: { node: Node; pointer: string }[] = [{ node: root, pointer: "" }];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop()!;
    const children = node.children ?? [];
    const next: { node: Node; pointer: string }[] = [];
    if (node.type === "object") {
      const seen = new Map<string, Node>();
      for (const property of children) {
        const keyNode = property.children?.[0];
        if (!keyNode || typeof keyNode.value !== "string") continue;
        const key: string = keyNode.value;
        const at = lines.positionAt(keyNode.offset);
        const memberPointer = `${pointer}/${escapePointerToken(key)}`;
        if (FORBIDDEN_KEYS.includes(key)) {
          issues.push({
            code: "forbidden_key",
            severity: "error",
            pointer: memberPointer,
            params: { key, line: at.line, column: at.column, offset: at.offset },
          });
        }
        const first = seen.get(key);
        if (first) {
          const firstAt = lines.positionAt(first.offset);
          issues.push({
            code: "duplicate_key",
            severity: "error",
            pointer,
            params: {
              key,
              line: at.line,
              column: at.column,
              offset: at.offset,
              firstLine: firstAt.line,
              firstColumn: firstAt.column,
              firstOffset: firstAt.offset,
            },
          });
        } else seen.set(key, keyNode);
        const value = property.children?.[1];
        if (value) next.push({ node: value, pointer: memberPointer });
      }
    } else if (node.type === "array") {
      children.forEach((child, index) => next.push({ node: child, pointer: `${pointer}/${index}` }));
    }
    // Reversed so the stack pops children in document order.
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
  }
  // An object's own keys are checked before its members' contents; report in text order.
  return issues.sort((a, b) => (a.params.offset as number) - (b.params.offset as number));
}
