import { describe, expect, it } from "vitest";
import { safeParseJsonDocument } from "./safe-parse-json-document.js";
import { withPositions } from "./with-positions.js";

describe("withPositions", () => {
  const text = '{\n  "name": "ES",\n  "levels": [1, 2]\n}';
  const parsed = safeParseJsonDocument(text);

  it("locates issues by pointer, at the member's key", () => {
    const issues = [
      { code: "unknown_key", severity: "error" as const, pointer: "/name", params: {} },
      { code: "bad_level", severity: "warning" as const, pointer: "/levels/1", params: {} },
    ];
    expect(withPositions(issues, parsed.locate).map((i) => i.position)).toEqual([
      { line: 2, column: 3, offset: text.indexOf('"name"') },
      { line: 3, column: 17, offset: text.indexOf("2]") },
    ]);
  });

  it("prefers the position an issue carries in its params", () => {
    const broken = '{\n  "a": 1,\n  "a": 2\n}';
    const result = safeParseJsonDocument(broken);
    const [positioned] = withPositions(result.issues, result.locate);
    expect(positioned?.code).toBe("duplicate_key");
    // The pointer is the object (line 1); the position is the second key.
    expect(positioned?.position).toEqual({ line: 3, column: 3, offset: broken.lastIndexOf('"a"') });
  });

  it("leaves the position undefined when nothing can be located, and keeps the issue intact", () => {
    const empty = safeParseJsonDocument("");
    const [positioned] = withPositions(empty.issues, empty.locate);
    expect(positioned).toEqual({ ...empty.issues[0], position: undefined });
  });
});
