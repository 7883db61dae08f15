/**
 * A run that names its command defines only that one to the argument parser (start-up time); help
 * and errors must read exactly as when every command is defined (`help <command>` defines all).
 */
import { describe, expect, it } from "vitest";
import { runCli } from "./_fake-io.js";

const COMMANDS = ["validate", "init", "classify", "translate", "compare", "render", "diff", "audit", "digest", "keygen", "sign", "verify", "assess", "receive", "thread", "export", "import", "view", "keyring", "registry"];

describe("one command defined", () => {
  it("lists the same commands in the program's help as before", async () => {
    const r = await runCli(["--help"]);
    for (const name of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${name}\\b`, "m"));
  });

  it("gives each command's help as `help <command>` does, in every language", async () => {
    for (const lang of ["en", "fr"]) {
      for (const name of COMMANDS) {
        const named = await runCli(["--lang", lang, name, "--help"]);
        const all = await runCli(["--lang", lang, "help", name]);
        expect(named.stdout, `${lang} ${name}`).toBe(all.stdout);
        expect(named.stdout.length).toBeGreaterThan(0);
      }
    }
  });

  it("still suggests the command's options after an unknown one", async () => {
    const named = await runCli(["validate", "x.json", "--formt", "json"]);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/--formt[\s\S]*--format/);
  });
});
