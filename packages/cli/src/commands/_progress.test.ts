import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../io.js";
import { progressLine } from "./_progress.js";

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
