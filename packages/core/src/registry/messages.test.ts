import { describe, expect, it } from "vitest";
import { MESSAGE_CATALOG, MESSAGE_CATALOG_PARTS } from "../issues/catalog.js";
import { renderMessage } from "../issues/render.js";
import { REGISTRY_MESSAGES } from "./messages.js";

const placeholders = (template: string) => [...template.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

describe("registry messages", () => {
  it("are in the shared catalogue, stage registry, with no code shared with another area", () => {
    for (const [code, def] of Object.entries(REGISTRY_MESSAGES)) {
      expect(MESSAGE_CATALOG[code]).toBe(def);
      expect(def.stage).toBe("registry");
      expect(MESSAGE_CATALOG_PARTS.filter((part) => Object.prototype.hasOwnProperty.call(part, code))).toHaveLength(1);
    }
  });

  it("use the same parameters in English and Spanish", () => {
    for (const [code, def] of Object.entries(REGISTRY_MESSAGES)) expect([code, placeholders(def.es)]).toEqual([code, placeholders(def.en)]);
  });

  it("render with their parameters", () => {
    const issue = { code: "registry_path_unsafe", params: { path: "../../etc/passwd", reason: "dot_segment" } };
    expect(renderMessage(issue, "en")).toContain('"../../etc/passwd" is refused (dot_segment)');
    expect(renderMessage(issue, "es")).toContain('Se rechaza la ruta "../../etc/passwd" (dot_segment)');
  });
});
