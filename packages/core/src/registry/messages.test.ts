import { describe, expect, it } from "vitest";
import { MESSAGE_CATALOG, MESSAGE_CATALOG_PARTS } from "../issues/catalog.js";
import { renderMessage } from "../issues/render.js";
import { REGISTRY_MESSAGES } from "./messages.js";


describe("registry messages", () => {
  it("are in the shared catalogue, stage registry, with no code shared with another area", () => {
    for (const [code, def] of Object.entries(REGISTRY_MESSAGES)) {
      expect(MESSAGE_CATALOG[code]).toBe(def);
      expect(def.stage).toBe("registry");
      expect(MESSAGE_CATALOG_PARTS.filter((part) => Object.prototype.hasOwnProperty.call(part, code))).toHaveLength(1);
    }
  });


});
