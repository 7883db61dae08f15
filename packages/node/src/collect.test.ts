import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
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

  it("follows a linked *.json inside the tree, and reports one leading outside", async () => {
    const root = mkdtempSync(join(tmpdir(), "sevscale-collect-"));
    const outside = mkdtempSync(join(tmpdir(), "sevscale-outside-"));
    mkdirSync(join(root, "src", "docs"), { recursive: true });
    writeFileSync(join(root, "src", "docs", "real.json"), "{}");
    writeFileSync(join(outside, "secret.json"), "{}");
    symlinkSync(join(root, "src", "docs", "real.json"), join(root, "src", "inside.json"));
    symlinkSync(join(outside, "secret.json"), join(root, "src", "outside.json"));
    symlinkSync(outside, join(root, "src", "elsewhere"));
    const r = await collectJsonFiles(["src"], root);
    expect(r.files.map((f) => f.slice(root.length + 1))).toEqual(["src/docs/real.json", "src/inside.json"]);
    expect(r.problems.map((p) => [p.path.slice(root.length + 1), p.issue.code])).toEqual([
      ["src/elsewhere", "link_outside_tree"],
      ["src/outside.json", "link_outside_tree"],
    ]);
  });

  it.skipIf(process.getuid?.() === 0)("reports a folder it cannot read instead of throwing", async () => {
    const root = mkdtempSync(join(tmpdir(), "sevscale-collect-"));
    mkdirSync(join(root, "locked"));
    chmodSync(join(root, "locked"), 0o000);
    const r = await collectJsonFiles(["."], root);
    chmodSync(join(root, "locked"), 0o755);
    expect(r.problems.map((p) => p.issue.code)).toEqual(["folder_unreadable"]);
  });
});
