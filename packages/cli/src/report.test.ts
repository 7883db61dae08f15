/**
 * One JSON shape for an issue in every command's `--format json`, and one text layout for an
 * issue line (report.ts; documented in docs/cli.md under "Issues").
 */
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./_fake-io.js";
import { ROOT, example, tempFolder } from "./_test-files.js";

const KEYS = ["code", "severity", "pointer", "message", "params", "file", "line", "column"];

/** Every issue object anywhere in a command's JSON output (under an `issues` array). */
function issuesIn(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(issuesIn);
  if (typeof value !== "object" || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = Array.isArray(record["issues"]) ? (record["issues"] as Record<string, unknown>[]) : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => (k === "issues" ? [] : issuesIn(v)))];
}

function expectIssueShape(issue: Record<string, unknown>): void {
  expect(Object.keys(issue).filter((k) => !KEYS.includes(k))).toEqual([]);
  expect(typeof issue["code"]).toBe("string");
  expect(["error", "warning", "info"]).toContain(issue["severity"]);
  expect(typeof issue["pointer"]).toBe("string");
  expect(typeof issue["message"]).toBe("string");
  expect(typeof issue["params"]).toBe("object");
  for (const k of ["file"]) if (k in issue) expect(typeof issue[k]).toBe("string");
  for (const k of ["line", "column"]) if (k in issue) expect(Number.isInteger(issue[k])).toBe(true);
}

describe("one issue shape in every command's --format json", () => {
  const tmp = tempFolder("report");
  afterAll(() => tmp.remove());
  const unsigned = tmp.write("unsigned.json", example("examples/scales/au-asd.json"));
  const newer = tmp.write("au-asd-next.json", { ...example("examples/scales/au-asd.json"), version: "1.0.1" });
  const badFacts = tmp.write("facts.json", '{ "no-such-dimension": 1 }');
  const runs: [string, string[]][] = [
    ["validate", ["validate", "--format", "json", "examples/invalid/duplicate_key.json", "examples/lint/text_language_missing.json", "examples/nothing-here.json"]],
    ["classify", ["classify", "examples/scales/au-asd.json", "--facts", badFacts, "--format", "json"]],
    ["translate", ["translate", "L9", "--from", "examples/invalid/duplicate_key.json", "--to", "crs", "--format", "json"]],
    ["compare", ["compare", "examples/invalid/duplicate_key.json", "crs", "--format", "json"]],
    ["diff", ["diff", "examples/scales/au-asd.json", newer, "--format", "json"]],
    ["verify", ["verify", unsigned, "--keyring", "examples/keys/demo-keyring.json", "--format", "json"]],
    ["registry check", ["registry", "check", tmp.dir, "--format", "json"]],
  ];

  it.each(runs)("%s", async (_name, argv) => {
    const r = await runCli(argv, { cwd: ROOT });
    const issues = issuesIn(JSON.parse(r.stdout));
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expectIssueShape(issue);
    // An issue about a file names it the same way everywhere: `file`, never `path`.
    expect(issues.some((i) => typeof i["file"] === "string")).toBe(true);
  });

  it("prints the same line for the same issue, whichever command found it", async () => {
    const line = /^(\S+?)(:\d+:\d+)? (error|warning|info) ([a-z0-9_]+) (.+?)( \[\/.*\])?$/;
    const validate = await runCli(["validate", "examples/invalid/duplicate_key.json"], { cwd: ROOT });
    const classify = await runCli(["classify", "examples/invalid/duplicate_key.json", "--facts", badFacts], { cwd: ROOT });
    const fromValidate = validate.stdout.split("\n").find((l) => l.includes("duplicate_key"))!;
    const fromClassify = classify.stderr.split("\n").find((l) => l.includes("duplicate_key"))!;
    expect(fromValidate).toMatch(line);
    expect(fromClassify).toBe(`sevscale: ${fromValidate}`);
    const check = await runCli(["registry", "check", tmp.dir], { cwd: ROOT });
    const first = check.stdout.split("\n")[0]!;
    expect(first).toMatch(line);
    expect(first).toContain(" error file_not_found ");
  });
});
