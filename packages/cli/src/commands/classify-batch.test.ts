import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { REFERENCE_SCALE, classify } from "@sevscale/core";
import type { Scale } from "@sevscale/core";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { ROOT, example, tempFolder } from "../_test-files.js";
import { CLI_LANGUAGES, cliTexts, loadLanguage } from "../i18n.js";
import type { CliIO } from "../io.js";
import { main } from "../main.js";

// cliTexts() reads a loaded language: the CLI loads the run's language in main(); these tests read all four, before the module reads any text.
for (const lang of CLI_LANGUAGES) await loadLanguage(lang);

interface BatchLine {
  id?: string;
  line: number;
  level: { code: string; rank: number } | null;
  score?: string;
  status: string;
  missing?: string[];
  issues: { code: string; severity: string; pointer: string; line?: number; column?: number; params: Record<string, unknown> }[];
}

const tmp = tempFolder("classify-batch");
afterAll(() => tmp.remove());

const NCISS = "examples/scales/us-nciss.json";
const SAMPLE = "examples/incidents/us-nciss-sample.ndjson";
const lines = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as BatchLine);
const sampleRecords = () =>
  readFileSync(join(ROOT, SAMPLE), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { id: string; facts: Record<string, unknown> });

const asd = example("examples/scales/au-asd.json") as unknown as Scale;
const asdFacts = () => {
  const [impact, stakeholder] = asd.dimensions as { code: string; options: { code: string }[] }[];
  return fc.record({ "impact-type": fc.constantFrom(...impact!.options.map((o) => o.code)), stakeholder: fc.constantFrom(...stakeholder!.options.map((o) => o.code)) }, { requiredKeys: [] });
};

describe("sevscale classify --facts incidents.ndjson (batch)", () => {
  it("prints one JSON result per incident, with its id, and a summary per level on stderr (the done-when command)", async () => {
    const r = await runCli(["classify", NCISS, "--facts", SAMPLE], { cwd: ROOT });
    const records = sampleRecords();
    const out = lines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(records.map((x) => x.id));
    expect(out.map((o) => o.line)).toEqual(records.map((_, i) => i + 1));
    // Each line is what one-incident classification gives for that record's facts.
    const nciss = example(NCISS) as unknown as Scale;
    for (const [i, o] of out.entries()) {
      const single = classify(nciss, records[i]!.facts);
      expect({ level: o.level, status: o.status, score: o.score }).toEqual({ level: single.level, status: single.status, score: single.score });
    }
    // The sample has one invalid incident: exit 1, and its issue placed on its line.
    const invalid = out.filter((o) => o.status === "invalid-facts");
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.issues[0]).toMatchObject({ code: "fact_unknown_option", line: invalid[0]!.line });
    expect(r.code).toBe(1);
    const t = cliTexts("en");
    expect(r.stderr).toContain(`${t.summaryHeading}: ${t.batchCount(records.length)}`);
    expect(r.stderr).toContain(`${t.noLevelShort["score-only"]}: ${out.filter((o) => o.status === "score-only").length}`);
    expect(r.stderr).toContain(`${t.noLevelShort["invalid-facts"]}: 1`);
  });

  it("gives the same results from the CSV sibling (one line further down, for the header)", async () => {
    const ndjson = lines((await runCli(["classify", NCISS, "--facts", SAMPLE], { cwd: ROOT })).stdout);
    const csv = lines((await runCli(["classify", NCISS, "--facts", "examples/incidents/us-nciss-sample.csv"], { cwd: ROOT })).stdout);
    expect(csv.map(({ id, line, level, status, score }) => ({ id, line: line - 1, level, status, score }))).toEqual(ndjson.map(({ id, line, level, status, score }) => ({ id, line, level, status, score })));
  });

  it("agrees with one-incident classification on any batch of ASD incidents, and counts each level in the summary", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(asdFacts(), { minLength: 1, maxLength: 12 }), async (batch) => {
        const input = batch.map((facts, i) => JSON.stringify({ id: `I${i}`, facts })).join("\n");
        const r = await runCli(["classify", "examples/scales/au-asd.json", "--facts", "-", "--facts-format", "ndjson", "--format", "text"], { cwd: ROOT, stdin: input });
        const expected = batch.map((facts) => classify(asd, facts));
        const json = lines((await runCli(["classify", "examples/scales/au-asd.json", "--facts", "-", "--facts-format", "ndjson"], { cwd: ROOT, stdin: input })).stdout);
        expect(json.map((o) => [o.level, o.status])).toEqual(expected.map((e) => [e.level, e.status]));
        expect(json.map((o) => o.missing ?? [])).toEqual(expected.map((e) => (e.missing ?? []).map((m) => m.dimension)));
        expect(r.code).toBe(expected.every((e) => e.status === "determined") ? 0 : 1);
        // Text: one line per incident, then the summary on stdout with a count per level.
        const summary = r.stdout.slice(r.stdout.indexOf("Summary:"));
        for (const level of new Set(expected.flatMap((e) => (e.level ? [e.level.code] : [])))) {
          const n = expected.filter((e) => e.level?.code === level).length;
          expect(summary).toMatch(new RegExp(`\\n {2}${level}\\b.*: ${n}\\n`));
        }
        expect(r.stdout.split("\n").filter((l) => /^I\d+ \(line \d+\): /.test(l))).toHaveLength(batch.length);
      }),
      { numRuns: 15 },
    );
  });

  it("reports bad lines with a code and their line number, and goes on", async () => {
    const input = [
      JSON.stringify({ id: "a", facts: { effect: "E3", scope: "S4", "national-interest": "N1" } }),
      "{not json",
      "[1, 2]",
      JSON.stringify({ id: "d", facts: { effect: "E3", ["x".repeat(3000)]: 1 } }),
      "",
      JSON.stringify({ id: "f", facts: { effect: "E9", scope: "S4", "national-interest": "N1" } }),
      JSON.stringify({ id: "g", facts: { effect: "E1", scope: "S1", "national-interest": "N0" } }),
    ].join("\n");
    const r = await runCli(["classify", "crs", "--facts", "-", "--facts-format", "ndjson", "--max-bytes", "1000"], { stdin: input });
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out.map((o) => [o.id ?? null, o.line, o.status, o.issues.filter((i) => i.severity === "error").map((i) => i.code)])).toEqual([
      ["a", 1, "determined", []],
      [null, 2, "unreadable", ["invalid_json"]],
      [null, 3, "invalid-facts", ["facts_not_object"]],
      [null, 4, "unreadable", ["incident_too_large"]],
      ["f", 6, "invalid-facts", ["fact_unknown_option"]],
      ["g", 7, "determined", []],
    ]);
    // The reference scale's own answer for the two good incidents.
    expect(out[0]!.level).toEqual(classify(REFERENCE_SCALE, { effect: "E3", scope: "S4", "national-interest": "N1" }).level);
    // An unknown option lists the dimension's options closest first.
    expect((out[4]!.issues[0]!.params["options"] as string[])[0]).toMatch(/^E\d$/);
    expect(out[4]!.issues[0]).toMatchObject({ pointer: "/facts/effect", line: 6 });
    expect(r.stderr).toContain("unreadable record: 2");
  });

  it("shows progress on a terminal only, and nothing on stderr with --quiet", async () => {
    const input = Array.from({ length: 5 }, () => JSON.stringify({ effect: "E1", scope: "S1", "national-interest": "N0" })).join("\n");
    const args = ["classify", "crs", "--facts", "-", "--facts-format", "ndjson"];
    const tty = await runCli(args, { stdin: input, tty: true });
    expect(tty.stderr).toContain("\r\u001b[2K");
    expect(tty.stderr).toContain(cliTexts("en").batchProgress);
    const pipe = await runCli(args, { stdin: input });
    expect(pipe.stderr).not.toContain("\u001b");
    expect(pipe.stderr).toContain("Summary: 5 incidents");
    const quiet = await runCli([...args, "--quiet"], { stdin: input, tty: true });
    expect(quiet.stderr).toBe("");
    expect(lines(quiet.stdout)).toHaveLength(5);
  });

  it("exits 2 for a missing input file or an input that is a folder, with the coded issue", async () => {
    const missing = await runCli(["classify", "crs", "--facts", "nope.ndjson"], { cwd: tmp.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("file_not_found");
    expect(missing.stdout).toBe("");
    const folder = await runCli(["classify", "crs", "--facts", "examples", "--facts-format", "csv"], { cwd: ROOT });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain("EISDIR");
  });

  it("speaks the run's language in the text results and the summary", async () => {
    const r = await runCli(["classify", NCISS, "--facts", SAMPLE, "--format", "text", "--lang", "fr"], { cwd: ROOT });
    const t = cliTexts("fr");
    expect(r.stdout).toContain(t.batchRecordName("NCISS-2026-0001", 1));
    expect(r.stdout).toContain(`${t.summaryHeading}${t.colon}`);
    expect(r.stdout).toContain(t.noLevelShort["score-only"]);
  });
});

describe("sevscale classify (one incident)", () => {
  it("gives what the interpreter gives: level, status, trace and issues (the CLI runs the compiled classifier)", async () => {
    const effects = REFERENCE_SCALE.dimensions[0]!.options.map((o) => o.code);
    await fc.assert(
      fc.asyncProperty(fc.record({ effect: fc.constantFrom(...effects, "E0"), scope: fc.constantFrom("S1", "S3", "S5"), "national-interest": fc.constantFrom("N0", "N2") }, { requiredKeys: [] }), async (facts) => {
        const r = await runCli(["classify", "crs", "--facts", "-", "--format", "json"], { stdin: JSON.stringify(facts) });
        const out = JSON.parse(r.stdout) as { level: unknown; status: string; trace: { kind: string; params: unknown }[]; issues: { code: string; pointer: string }[] };
        const expected = classify(REFERENCE_SCALE, facts);
        expect(out.level).toEqual(expected.level);
        expect(out.status).toBe(expected.status);
        expect(out.trace.map(({ kind, params }) => ({ kind, params }))).toEqual(expected.trace.map(({ kind, params }) => ({ kind, params })));
        expect(out.issues.map((i) => [i.code, i.pointer])).toEqual(expected.issues.map((i) => [i.code, i.pointer]));
      }),
      { numRuns: 25 },
    );
  });

  it("lists an unknown option's valid options closest first", async () => {
    const r = await runCli(["classify", "examples/scales/au-asd.json", "--facts", "-", "--format", "json"], { cwd: ROOT, stdin: JSON.stringify({ "impact-type": "isolated-compromis", stakeholder: "school" }) });
    const issue = (JSON.parse(r.stdout) as { issues: { code: string; params: { options: string[] } }[] }).issues.find((i) => i.code === "fact_unknown_option")!;
    expect(issue.params.options[0]).toBe("isolated-compromise");
  });

  it("says what it waits for when --facts - reads a terminal, and needs --facts or --interactive", async () => {
    let stderr = "";
    const stdin = Object.assign(Readable.from([Buffer.from("{}")]), { isTTY: true });
    const io: CliIO = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, stdin, env: { NO_COLOR: "1" }, cwd: ROOT };
    await main(["classify", "crs", "--facts", "-"], io);
    expect(stderr).toContain(cliTexts("en").stdinFactsHint);
    const none = await runCli(["classify", "crs"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(cliTexts("en").classifyNeedsFacts);
    const notTty = await runCli(["classify", "crs", "--interactive"]);
    expect(notTty.code).toBe(2);
    expect(notTty.stderr).toContain(cliTexts("en").interactiveNeedsTerminal);
  });
});
