import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectJsonFiles } from "./collect.js";

describe("collectJsonFiles", () => {
  it("walks directories for *.json in sorted order, keeps explicit files, reports missing paths", async () => {
    const root = mkdtempSync(join(tmpdir(), "sevscale-collect-"));
    mkdirSync(join(root, "b", "deep"), { recursive: true });
    mkdirSync(join(root, ".hidden"));
    mkdirSync(join(root, "node_modules"));
    for (const f of ["b/z.json", "b/a.json", "b/deep/m.json", "b/notes.txt", ".hidden/x.json", "node_modules/y.json", "top.json"]) {
      writeFileSync(join(root, f), "{}");
    }
    writeFileSync(join(root, "plain.txt"), "{}");
    symlinkSync(join(root, "b"), join(root, "link"));
    const r = await collectJsonFiles(["b", "plain.txt", "nope", "b/a.json"], root);
    expect(r.files.map((f) => f.slice(root.length + 1))).toEqual(["b/a.json", "b/deep/m.json", "b/z.json", "plain.txt"]);
    expect(r.missing).toEqual(["nope"]);
    // A walk does not follow the symbolic link to b/ (nor enter hidden folders or node_modules).
    const all = await collectJsonFiles(["."], root);
    expect(all.files.map((f) => f.slice(root.length + 1))).toEqual(["b/a.json", "b/deep/m.json", "b/z.json", "top.json"]);
  });
});
