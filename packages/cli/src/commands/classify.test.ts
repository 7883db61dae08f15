import { REFERENCE_SCALE } from "@sevscale/core";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { ROOT, example, tempFolder } from "../_test-files.js";

interface ClassifyJson {
  level: { code: string; rank: number } | null;
  score?: string;
  status: string;
  trace: { kind: string; params: Record<string, unknown>; message: string }[];
  issues: { code: string; severity: string; pointer: string; message: string; file?: string; line?: number; column?: number }[];
}

const tmp = tempFolder("classify");
afterAll(() => tmp.remove());

const json = (stdout: string) => JSON.parse(stdout) as ClassifyJson;

type Cells = { at: string[]; level: string }[];
type Groups = { code: string; members: string[] }[];

/** The ASD level of a cell, read from the scale document itself (not through the classifier). */
function asdCell(impact: string, stakeholder: string): string {
  const asd = example("examples/scales/au-asd.json") as { method: { axes: { groups?: Groups }[]; cells: Cells } };
  const group = asd.method.axes[1]!.groups!.find((g) => g.members.includes(stakeholder))!.code;
  return asd.method.cells.find((c) => c.at[0] === impact && c.at[1] === group)!.level;
}

describe("sevscale classify", () => {
  it("gives the ASD matrix cell for a facts file, with the label and the trace", async () => {
    const r = await runCli(["classify", "examples/scales/au-asd.json", "--facts", "examples/facts/asd-sample.json"], { cwd: ROOT });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const expected = asdCell("isolated-compromise", "school");
    const label = (example("examples/scales/au-asd.json") as { levels: { code: string; label: { en: string } }[] }).levels.find((l) => l.code === expected)!.label.en;
    expect(r.stdout).toContain(`Level: ${expected} — ${label}`);
    expect(r.stdout).toContain("Why:");
    expect(r.stdout).toMatch(/^ {2}.*isolated-compromise/m);
  });

  it("agrees with the matrix on every cell of a sample of facts", async () => {
    const asd = example("examples/scales/au-asd.json") as { dimensions: { code: string; options: { code: string }[] }[] };
    const [impact, stakeholder] = asd.dimensions;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...impact!.options.map((o) => o.code)), fc.constantFrom(...stakeholder!.options.map((o) => o.code)), async (i, s) => {
        const r = await runCli(["classify", "examples/scales/au-asd.json", "--facts", "-", "--format", "json"], {
          cwd: ROOT,
          stdin: JSON.stringify({ "impact-type": i, stakeholder: s }),
        });
        expect(r.code).toBe(0);
        expect(json(r.stdout).level?.code).toBe(asdCell(i, s));
      }),
      { numRuns: 25 },
    );
  });

  it("gives the NCISS normalised score and no level (exit 0)", async () => {
    const facts: Record<string, string> = {
      "functional-impact": "minimal-critical",
      "observed-activity": "engage",
      "location-of-observed-activity": "l2-business-network",
      "actor-characterization": "criminal",
      "information-impact": "suspected",
      recoverability: "regular",
      "cross-sector-dependency": "water",
      "potential-impact": "low",
    };
    const file = tmp.write("nciss-facts.json", facts);
    const r = await runCli(["classify", "examples/scales/us-nciss.json", "--facts", file, "--format", "json"], { cwd: ROOT });
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out.level).toBeNull();
    expect(out.status).toBe("score-only");
    // The expected score from the document's own numbers: min-max onto 0..100, half-up to 2 decimals.
    const nciss = example("examples/scales/us-nciss.json") as { method: { components: { dimension: string; weight: number; values: Record<string, number> }[] } };
    let raw = 0n;
    let min = 0n;
    let max = 0n;
    for (const c of nciss.method.components) {
      const values = Object.values(c.values).map(BigInt);
      const w = BigInt(c.weight);
      raw += w * BigInt(c.values[facts[c.dimension]!]!);
      min += w * values.reduce((a, b) => (a < b ? a : b));
      max += w * values.reduce((a, b) => (a > b ? a : b));
    }
    const hundredths = (2n * (raw - min) * 10000n + (max - min)) / (2n * (max - min));
    expect(out.score).toBe(`${hundredths / 100n}.${String(hundredths % 100n).padStart(2, "0")}`);
    const text = await runCli(["classify", "examples/scales/us-nciss.json", "--facts", file], { cwd: ROOT });
    expect(text.stdout).toContain(`Score: ${out.score}`);
    expect(text.stdout).toContain("no cut-points");
  });

  it("classifies on the built-in reference scale with crs", async () => {
    const facts = { effect: "E3", scope: "S4", "national-interest": "N1" };
    const r = await runCli(["classify", "CRS", "--facts", "-", "--format", "json"], { cwd: tmp.dir, stdin: JSON.stringify(facts) });
    expect(r.code).toBe(0);
    // Most severe of the effect × scope cell and the national-interest rating, from the document.
    const [impact, national] = REFERENCE_SCALE.method.components;
    const cell = impact.method.cells.find((c) => c.at[0] === facts.effect && c.at[1] === facts.scope)!.level;
    const rating = national.method.ratings[0].levels[facts["national-interest"] as "N1"];
    const rank = (code: string) => REFERENCE_SCALE.levels.findIndex((l) => l.code === code);
    const expected = rank(cell) >= rank(rating) ? cell : rating;
    expect(json(r.stdout).level).toEqual({ code: expected, rank: rank(expected) });
    expect(json(r.stdout).trace.every((s) => typeof s.message === "string" && s.message.length > 0)).toBe(true);
  });

  it("says an analyst decides on a judgement scale (exit 0)", async () => {
    const r = await runCli(["classify", "examples/scales/us-ciss.json", "--facts", "-"], { cwd: ROOT, stdin: "{}" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("an analyst decides");
  });

  it("rejects bad facts with coded issues placed in the facts file (exit 1)", async () => {
    const file = tmp.write("bad-facts.json", '{\n  "impact-type": "meteor-strike",\n  "stakeholder": 7,\n  "colour": "red"\n}');
    const r = await runCli(["classify", "examples/scales/au-asd.json", "--facts", file, "--format", "json"], { cwd: ROOT });
    expect(r.code).toBe(1);
    const out = json(r.stdout);
    expect(out.level).toBeNull();
    expect(out.issues.map((i) => i.code).sort()).toEqual(["fact_unknown_dimension", "fact_unknown_option", "fact_wrong_type"]);
    const option = out.issues.find((i) => i.code === "fact_unknown_option")!;
    expect(option).toMatchObject({ pointer: "/impact-type", file, line: 2, column: 18 });
    expect(out.issues.find((i) => i.code === "fact_unknown_dimension")).toMatchObject({ line: 4, column: 3 });
    const text = await runCli(["classify", "examples/scales/au-asd.json", "--facts", file], { cwd: ROOT });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`${file}:2:18 error fact_unknown_option`);
  });

  it("rejects facts that are not JSON, or not an object (exit 1)", async () => {
    const notJson = await runCli(["classify", "crs", "--facts", "-", "--format", "json"], { stdin: "{effect: E3}" });
    expect(notJson.code).toBe(1);
    expect(json(notJson.stdout).issues[0]).toMatchObject({ code: "invalid_json", file: "(standard input)", line: 1 });
    const array = await runCli(["classify", "crs", "--facts", "-"], { stdin: "[1, 2]" });
    expect(array.code).toBe(1);
    expect(array.stdout).toContain("facts_not_object");
  });

  it("reads facts from standard input and reports a missing fact as undetermined (exit 1)", async () => {
    const r = await runCli(["classify", "examples/scales/au-asd.json", "--facts", "-", "--format", "json"], {
      cwd: ROOT,
      stdin: JSON.stringify({ "impact-type": "isolated-compromise" }),
    });
    expect(r.code).toBe(1);
    expect(json(r.stdout).status).toBe("undetermined");
    expect(json(r.stdout).issues.map((i) => i.code)).toContain("fact_missing");
  });

  it("assumes a dimension's declared value unless --no-assume, then shows the range and what to answer", async () => {
    const text = (x: string) => ({ en: x, es: x });
    const ordinal = (code: string, extra: object = {}) => ({ code, type: "ordinal", label: text(code), options: [{ code: "no", label: text("no") }, { code: "yes", label: text("yes") }], ...extra });
    const scale = tmp.write("significant.json", {
      kind: "scale",
      id: "x-org.example/significant",
      version: "1.0.0",
      status: "draft",
      title: text("significant"),
      published: "2026-01-01",
      revisionHistory: [{ version: "1.0.0", date: "2026-01-01", summary: text("test") }],
      publisher: { name: text("tests"), type: "other", contact: { email: "tests@example.org" } },
      license: { id: "CC0-1.0" },
      defaultLanguage: "en",
      languages: [{ tag: "en", authoritative: true }],
      direction: "ascending",
      levels: ["not-significant", "significant"].map((code) => ({ code, label: text(code), definition: text(code) })),
      dimensions: [ordinal("planned-maintenance", { assume: "no" }), { code: "loss", type: "quantity", label: text("loss"), unit: "EUR", min: 0 }, ordinal("data-breach")],
      method: {
        kind: "rules",
        strategy: "first-match",
        rules: [
          { level: "not-significant", when: { dimension: "planned-maintenance", in: ["yes"] } },
          { level: "significant", when: { any: [{ dimension: "loss", compare: "gt", threshold: { value: 500000 } }, { dimension: "data-breach", in: ["yes"] }] } },
        ],
        otherwise: "not-significant",
      },
    });
    const facts = tmp.write("loss.json", { loss: 600000 });
    const assumed = await runCli(["classify", scale, "--facts", facts], { cwd: tmp.dir });
    expect(assumed.code).toBe(0);
    expect(assumed.stdout).toContain("Level: significant");
    expect(assumed.stdout).toContain("the scale's assumption no is used");
    const open = await runCli(["classify", scale, "--facts", facts, "--no-assume"], { cwd: tmp.dir });
    expect(open.code).toBe(1);
    expect(open.stdout).toContain("Still possible: from not-significant to significant");
    expect(open.stdout).toMatch(/Still to answer \(each could change the level\):\n {2}planned-maintenance \(planned-maintenance\)/);
    const asJson = JSON.parse((await runCli(["classify", scale, "--facts", facts, "--no-assume", "--format", "json"], { cwd: tmp.dir })).stdout) as ClassifyJson & { missing: { dimension: string }[] };
    expect(asJson.missing.map((m) => m.dimension)).toEqual(["planned-maintenance"]);
  });

  it("exits 2 for a missing scale or facts file, or no --facts; 1 for an invalid scale", async () => {
    const missingScale = await runCli(["classify", "nope.json", "--facts", "-"], { cwd: tmp.dir, stdin: "{}" });
    expect(missingScale.code).toBe(2);
    expect(missingScale.stderr).toContain("file_not_found");
    const missingFacts = await runCli(["classify", "crs", "--facts", "nope.json", "--format", "json"], { cwd: tmp.dir });
    expect(missingFacts.code).toBe(2);
    expect(json(missingFacts.stdout)).toMatchObject({ level: null, trace: [], issues: [{ code: "file_not_found" }] });
    expect((await runCli(["classify", "crs"])).code).toBe(2);
    const scale = example("examples/scales/au-asd.json");
    delete scale["method"];
    const invalid = await runCli(["classify", tmp.write("no-method.json", scale), "--facts", "-"], { stdin: "{}" });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("missing_property");
  });

  it("speaks Spanish with --lang es: labels, trace and issues", async () => {
    const r = await runCli(["classify", "examples/scales/au-asd.json", "--facts", "examples/facts/asd-sample.json", "--lang", "es"], { cwd: ROOT });
    expect(r.code).toBe(0);
    const expected = asdCell("isolated-compromise", "school");
    const label = (example("examples/scales/au-asd.json") as { levels: { code: string; label: { es: string } }[] }).levels.find((l) => l.code === expected)!.label.es;
    expect(r.stdout).toContain(`Nivel: ${expected} — ${label}`);
    expect(r.stdout).toContain("Por qué:");
    const bad = await runCli(["classify", "crs", "--facts", "-", "--lang", "es"], { stdin: '{"effect": "E9"}' });
    expect(bad.stdout).toContain("no es una opción");
  });

  it("escapes control characters from the facts before they reach the terminal", async () => {
    const r = await runCli(["classify", "crs", "--facts", "-"], { stdin: JSON.stringify({ "\u001b[2Jx": 1, effect: "E1\u001b[31m" }) });
    expect(r.stdout).not.toContain("\u001b");
    expect(r.stdout).toContain("\\u001b");
  });
});
