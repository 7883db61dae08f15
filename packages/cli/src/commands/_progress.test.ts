import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../io.js";
import { CLI_LANGUAGES, cliTexts, loadLanguage } from "../i18n.js";
import { phaseLabel, progressLine, progressOption } from "./_progress.js";

for (const lang of CLI_LANGUAGES) await loadLanguage(lang);

function io(isTTY: boolean, env: Record<string, string> = {}): { io: CliIO; err: () => string } {
  let err = "";
  return {
    io: { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s), isTTY }, stdin: Readable.from([]), env, cwd: "/" },
    err: () => err,
  };
}

describe("progressLine", () => {
  it("is absent when stderr is not a terminal, or the terminal is dumb", () => {
    expect(progressLine(io(false).io)).toBeUndefined();
    expect(progressLine(io(true, { TERM: "dumb" }).io)).toBeUndefined();
  });

  it("redraws one line at most ten times a second, always shows the end, and clears itself", () => {
    const t = io(true);
    let clock = 0;
    const line = progressLine(t.io, () => clock)!;
    for (let done = 1; done <= 100; done++) {
      clock += 10; // 100 updates over one second
      line.update("writing", done, 100);
    }
    const draws = t.err().split("\r\u001b[2K").filter((s) => s !== "");
    expect(draws.length).toBeLessThanOrEqual(11);
    expect(draws.at(-1)).toBe("writing 100/100");
    line.clear();
    expect(t.err().endsWith("\r\u001b[2K")).toBe(true);
  });
});

describe("progressOption", () => {
  it("gives no onProgress without a line, so the function does not count for nothing", () => {
    expect(progressOption(undefined, () => "x")).toEqual({});
  });

  it("draws each progress with its phase's words in the run's language", () => {
    const t = io(true);
    let clock = 0;
    const { onProgress } = progressOption(progressLine(t.io, () => (clock += 200))!, (p) => phaseLabel(cliTexts("fr"), p.phase));
    onProgress!({ phase: "fetch", done: 1, total: 2 });
    onProgress!({ phase: "check", done: 2, total: 2 });
    expect(t.err()).toBe("\r\u001b[2Krécupération 1/2\r\u001b[2Kvérification 2/2");
  });

  it("has words for every phase in every language", () => {
    for (const lang of CLI_LANGUAGES) for (const phase of ["read", "check", "write", "fetch"] as const) expect(phaseLabel(cliTexts(lang), phase)).toMatch(/^\p{L}/u);
  });
});
