import { describe, expect, it } from "vitest";
import { MESSAGE_CATALOG, MESSAGE_CATALOG_PARTS } from "./catalog.js";

const placeholders = (template: string) => [...template.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

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

  it("has an English and a Spanish template for every code, with the same placeholders", () => {
    for (const [code, def] of Object.entries(MESSAGE_CATALOG)) {
      expect(def.en.trim().length, code).toBeGreaterThan(0);
      expect(def.es.trim().length, code).toBeGreaterThan(0);
      expect(placeholders(def.es), code).toEqual(placeholders(def.en));
    }
  });
});
