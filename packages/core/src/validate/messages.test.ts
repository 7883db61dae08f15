import { describe, expect, it } from "vitest";
import { MESSAGE_CATALOG } from "../issues/catalog.js";
import { MEANING_MESSAGES, STRUCTURE_MESSAGES, VALIDATE_MESSAGES } from "./messages.js";

const placeholders = (template: string) => [...template.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

describe("validation messages", () => {
  it("are in the shared catalogue, with the stage they belong to", () => {
    for (const [code, def] of Object.entries(VALIDATE_MESSAGES)) expect(MESSAGE_CATALOG[code]).toBe(def);
    for (const def of Object.values(STRUCTURE_MESSAGES)) expect(def.stage).toBe("structure");
    for (const def of Object.values(MEANING_MESSAGES)) expect(def.stage).toBe("meaning");
  });

  it("use the same parameters in English and Spanish", () => {
    for (const [code, def] of Object.entries(VALIDATE_MESSAGES)) expect(placeholders(def.es), code).toEqual(placeholders(def.en));
  });

  it("are full sentences in both languages", () => {
    for (const [code, def] of Object.entries(VALIDATE_MESSAGES)) {
      for (const text of [def.en, def.es]) {
        expect(text, code).toMatch(/^[A-Z"¿{ÁÉÍÓÚ]/);
        expect(text, code).toMatch(/[.)]$/);
      }
      expect(def.es, code).not.toBe(def.en);
    }
  });
});
