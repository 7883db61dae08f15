import { describe, expect, it } from "vitest";
import { MESSAGE_CATALOG, MESSAGE_CATALOG_PARTS } from "./catalog.js";


describe("message catalogue", () => {
  it("defines each code in exactly one area", () => {
    const seen = new Map<string, number>();
    MESSAGE_CATALOG_PARTS.forEach((part, i) => {
      for (const code of Object.keys(part)) {
        expect(seen.has(code), `code ${code} is defined in parts ${seen.get(code)} and ${i}`).toBe(false);
        seen.set(code, i);
      }
    });
    expect(seen.size).toBe(Object.keys(MESSAGE_CATALOG).length);
  });

});
