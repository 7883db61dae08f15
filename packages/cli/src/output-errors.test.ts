/**
 * An output the CLI cannot write (its folder missing, or a file where a folder should be) is the
 * user's I/O error: exit 2 and a coded `file_unwritable` line naming the path asked for, in the
 * user's language; never an internal error, and no temporary file left behind.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LANGUAGES } from "@sevscale/core";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./_fake-io.js";
import { ROOT, tempFolder } from "./_test-files.js";

const tmp = tempFolder("output-errors");
afterAll(() => tmp.remove());

/** Each command that writes a file or a folder, with where it is told to write (`{out}`). */
const WRITERS: readonly (readonly string[])[] = [
  ["export", "csv", "examples/scales/us-ciss.json", "--out", "{out}/levels.csv"],
  ["export", "csv", "examples/scales", "--out", "{blocked}/levels"],
  ["render", "examples/scales/us-ciss.json", "--format", "html", "--out", "{out}/page.html"],
  ["compare", "examples/scales/us-ciss.json", "examples/scales/au-asd.json", "--format", "html", "--out", "{out}/compare.html"],
  ["init", "--answers", "examples/init/examplia-answers.json", "--out", "{blocked}/ws"],
  ["keygen", "--kid", "test-key", "--out", "{blocked}/keys"],
];

describe("an output that cannot be written", () => {
  const blocked = join(tmp.dir, "a-file");
  writeFileSync(blocked, "");
  for (const argv of WRITERS) {
    it(`sevscale ${argv.join(" ")}: exit 2, file_unwritable, nothing left behind`, async () => {
      const args = argv.map((a) => a.replace("{out}", join(tmp.dir, "missing")).replace("{blocked}", blocked));
      const r = await runCli(args, { cwd: ROOT, env: { NO_COLOR: "1" } });
      expect(r.stderr).not.toContain("internal error");
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/^sevscale: .*error file_unwritable /m);
      expect(r.stderr).toContain(tmp.dir);
      expect(readdirSync(tmp.dir)).toEqual(["a-file"]);
    });
  }

  it("says so in the user's language", async () => {
    const messages = new Set<string>();
    for (const lang of LANGUAGES) {
      const r = await runCli(["render", "examples/scales/us-ciss.json", "--format", "html", "--out", join(tmp.dir, "missing", "x.html"), "--lang", lang], { cwd: ROOT, env: { NO_COLOR: "1" } });
      expect(r.code).toBe(2);
      messages.add(r.stderr.replace(/^.*file_unwritable /s, ""));
    }
    expect(messages.size).toBe(LANGUAGES.length);
  });
});
