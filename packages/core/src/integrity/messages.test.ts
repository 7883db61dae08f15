import { describe, expect, it } from "vitest";
import { MESSAGE_CATALOG } from "../issues/catalog.js";
import { renderMessage } from "../issues/render.js";
import { INTEGRITY_MESSAGES } from "./messages.js";

const placeholders = (template: string) => [...template.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

describe("integrity messages", () => {
  it("are in the shared catalogue, stage integrity", () => {
    for (const [code, def] of Object.entries(INTEGRITY_MESSAGES)) {
      expect(MESSAGE_CATALOG[code]).toBe(def);
      expect(def.stage).toBe("integrity");
    }
  });

  it("use the same parameters in English and Spanish", () => {
    for (const [code, def] of Object.entries(INTEGRITY_MESSAGES)) {
      expect([code, placeholders(def.es)]).toEqual([code, placeholders(def.en)]);
    }
  });

  it("render with their parameters", () => {
    const issue = { code: "key_expired", params: { kid: "mx-2026", validTo: "2026-12-31T23:59:59Z", at: "2027-01-01T00:00:00.000Z" } };
    expect(renderMessage(issue, "en")).toBe("Key mx-2026 was valid until 2026-12-31T23:59:59Z; it is not valid at 2027-01-01T00:00:00.000Z.");
    expect(renderMessage(issue, "es")).toBe("La clave mx-2026 fue válida hasta 2026-12-31T23:59:59Z; no es válida en 2027-01-01T00:00:00.000Z.");
  });
});
