import { describe, expectTypeOf, it } from "vitest";
import type { Issue } from "../issues/issue.js";
import { safeParseJsonDocument } from "./safe-parse-json-document.js";
import type { SourcePosition } from "./source-position.js";

describe("ParsedJson types", () => {
  it("exposes the value only after checking ok", () => {
    const parsed = safeParseJsonDocument("{}");
    expectTypeOf(parsed.issues).toEqualTypeOf<readonly Issue[]>();
    expectTypeOf(parsed.locate).returns.toEqualTypeOf<SourcePosition | undefined>();
    // @ts-expect-error the value does not exist until ok is known to be true
    void parsed.value;
    if (parsed.ok) {
      expectTypeOf(parsed.value).toBeUnknown();
      expectTypeOf(parsed.text).toBeString();
    } else {
      expectTypeOf(parsed.text).toEqualTypeOf<string | undefined>();
    }
  });

  it("accepts a string or bytes, and a key or value part for locate", () => {
    expectTypeOf(safeParseJsonDocument).parameter(0).toEqualTypeOf<string | Uint8Array>();
    const parsed = safeParseJsonDocument(new Uint8Array());
    parsed.locate("/a", "value");
    // @ts-expect-error only "key" and "value" are parts
    parsed.locate("/a", "middle");
  });
});
