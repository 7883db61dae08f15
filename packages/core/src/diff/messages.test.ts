import { describe, expect, it } from "vitest";
import { MESSAGE_CATALOG } from "../issues/catalog.js";
import { renderMessage } from "../issues/render.js";
import { DIFF_CHANGE_MESSAGES, DIFF_ISSUE_MESSAGES, DIFF_MESSAGES } from "./messages.js";


describe("diff messages", () => {
  it("are in the catalogue, stage diff", () => {
    for (const [code, def] of Object.entries(DIFF_MESSAGES)) {
      expect(MESSAGE_CATALOG[code]).toBe(def);
      expect(def.stage).toBe("diff");
    }
  });


  it("name changes with change_ codes (info) and keep the codes the brief fixes for tracking", () => {
    for (const [code, def] of Object.entries(DIFF_CHANGE_MESSAGES)) {
      expect(code.startsWith("change_")).toBe(true);
      expect(def.severity).toBe("info");
    }
    expect(Object.keys(DIFF_ISSUE_MESSAGES)).toEqual(
      expect.arrayContaining([
        "version_not_increased",
        "diff_id_mismatch",
        "revision_history_not_extended",
        "revision_history_rewritten",
        "supersedes_mismatch",
        "version_bump_insufficient",
      ]),
    );
    expect(DIFF_ISSUE_MESSAGES.supersedes_mismatch.severity).toBe("warning");
  });

});
