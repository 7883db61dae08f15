import type { JsonNode as Node } from "./json-tree.js";
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
  // Only containers are pushed, and positions are computed only for issues: this walk sees
  // every node of a document of several MiB.
  const stack: { node: Node; pointer: string }[] = [{ node: root, pointer: "" }];
  const isContainer = (node: Node | undefined): node is Node => node?.type === "object" || node?.type === "array";
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
        const forbidden = FORBIDDEN_KEYS.includes(key);
        const value = property.children?.[1];
        const memberPointer = forbidden || isContainer(value) ? `${pointer}/${escapePointerToken(key)}` : "";
        if (forbidden) {
          const at = lines.positionAt(keyNode.offset);
          issues.push({
            code: "forbidden_key",
            severity: "error",
            pointer: memberPointer,
            params: { key, line: at.line, column: at.column, offset: at.offset },
          });
        }
        const first = seen.get(key);
        if (first) {
          const at = lines.positionAt(keyNode.offset);
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
        if (isContainer(value)) next.push({ node: value, pointer: memberPointer });
      }
    } else {
      for (let index = 0; index < children.length; index++) {
        const child = children[index];
        if (isContainer(child)) next.push({ node: child, pointer: `${pointer}/${index}` });
      }
    }
    // Reversed so the stack pops children in document order.
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
  }
  // An object's own keys are checked before its members' contents; report in text order.
  return issues.sort((a, b) => (a.params.offset as number) - (b.params.offset as number));
}
