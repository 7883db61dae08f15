import { describe, expect, it } from "vitest";
import { MESSAGE_CATALOG } from "../issues/catalog.js";
import { MEANING_MESSAGES, STRUCTURE_MESSAGES, VALIDATE_MESSAGES } from "./messages.js";


describe("validation messages", () => {
  it("are in the shared catalogue, with the stage they belong to", () => {
    for (const [code, def] of Object.entries(VALIDATE_MESSAGES)) expect(MESSAGE_CATALOG[code]).toBe(def);
    for (const def of Object.values(STRUCTURE_MESSAGES)) expect(def.stage).toBe("structure");
    for (const def of Object.values(MEANING_MESSAGES)) expect(def.stage).toBe("meaning");
  });


});
