import { describe, expect, it } from "vitest";
import { MESSAGE_CATALOG } from "../issues/catalog.js";
import { renderMessage } from "../issues/render.js";
import { INTEGRITY_MESSAGES } from "./messages.js";


describe("integrity messages", () => {
  it("are in the shared catalogue, stage integrity", () => {
    for (const [code, def] of Object.entries(INTEGRITY_MESSAGES)) {
      expect(MESSAGE_CATALOG[code]).toBe(def);
      expect(def.stage).toBe("integrity");
    }
  });


});
