import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { LANGUAGES, REFERENCE_SCALE, validateDocument } from "@sevscale/core";
import type { Language, Scale } from "@sevscale/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { ROOT, example, tempFolder } from "../_test-files.js";
import { CLI_LANGUAGES, cliTexts, loadLanguage } from "../i18n.js";
import type { InitAnswers, MethodAnswer } from "./init-answers.js";
import { METHOD_KINDS, checkAnswers } from "./init-answers.js";
import { buildDraft, defaultColours, defaultInterval, labelContrast } from "./init-build.js";

// cliTexts() reads a loaded language: the CLI loads the run's language in main(); these tests read all four, before the module reads any text.
for (const lang of CLI_LANGUAGES) await loadLanguage(lang);

const ANSWERS = join(ROOT, "examples/init/examplia-answers.json");
const words = (lang: Language) => {
  const t = cliTexts(lang);
  return { title: t.initScaleTitle, mappingTitle: t.initMappingTitle, summary: t.initSummary };
};

describe("sevscale init --answers", () => {
  it("writes the example's scale and mapping, which validate without findings and classify", async () => {
    const tmp = tempFolder("init");
    try {
      const r = await runCli(["init", "--answers", ANSWERS, "--out", tmp.dir]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const scalePath = join(tmp.dir, "scales", "national.json");
      const mappingPath = join(tmp.dir, "mappings", "national-to-crs.json");
      expect(r.stdout).toContain(cliTexts("en").initWrote(scalePath));
      for (const step of ["validate", "render", "classify", "sign", "registry build"]) expect(r.stdout).toContain(`sevscale ${step}`);

      const checked = await runCli(["validate", scalePath, mappingPath, "--format", "json"]);
      expect(checked.code).toBe(0);
      const files = (JSON.parse(checked.stdout) as { files: { kind: string; issues: { severity: string }[] }[] }).files;
      expect(files.map((f) => f.kind)).toEqual(["scale", "mapping"]);
      expect(files.flatMap((f) => f.issues.filter((i) => i.severity !== "info"))).toEqual([]);

      const answers = example("examples/init/examplia-answers.json") as unknown as InitAnswers;
      const scale = JSON.parse(readFileSync(scalePath, "utf8")) as Scale;
      expect(scale.status).toBe("draft");
      expect(scale.levels.map((l) => l.code)).toEqual(answers.levels.map((l) => l.code));
      expect(scale.levels.map((l) => l.label)).toEqual(answers.levels.map((l) => l.label));
      expect(scale.levels.map((l) => l.color?.hex)).toEqual(defaultColours(4));
      const mapping = JSON.parse(readFileSync(mappingPath, "utf8")) as { records: { subject: string; object: unknown }[] };
      expect(mapping.records.map((m) => [m.subject, m.object])).toEqual(Object.entries(answers.mapping!));

      // The worst dimension decides: a disrupted service in one organisation is level 3.
      const facts = tmp.write("facts.json", { effect: "disrupted", scope: "one" });
      const classified = await runCli(["classify", scalePath, "--facts", facts, "--format", "json"]);
      expect(classified.code).toBe(0);
      expect((JSON.parse(classified.stdout) as { level: { code: string } }).level.code).toBe("3");
    } finally {
      tmp.remove();
    }
  });

  it("never overwrites without --force, and replaces with it", async () => {
    const tmp = tempFolder("init");
    try {
      expect((await runCli(["init", "--answers", ANSWERS, "--out", tmp.dir])).code).toBe(0);
      const scalePath = join(tmp.dir, "scales", "national.json");
      const before = readFileSync(scalePath, "utf8").replace("Bajo", "Mío");
      tmp.write("scales/national.json", before);
      const again = await runCli(["init", "--answers", ANSWERS, "--out", tmp.dir]);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain(cliTexts("en").outputExists(scalePath));
      expect(readFileSync(scalePath, "utf8")).toBe(before);
      const forced = await runCli(["init", "--answers", ANSWERS, "--out", tmp.dir, "--force"]);
      expect(forced.code).toBe(0);
      expect(readFileSync(scalePath, "utf8")).not.toContain("Mío");
    } finally {
      tmp.remove();
    }
  });

  it("reports a bad answers file with coded issues, lines and columns in the chosen language, and writes nothing", async () => {
    const tmp = tempFolder("init");
    try {
      const answers = example("examples/init/examplia-answers.json");
      answers["publisher"] = { name: "Ejemplia", type: "nation" };
      answers["languages"] = ["es", "de"];
      answers["colour"] = "red";
      delete answers["direction"];
      const file = tmp.write("answers.json", answers);
      const out = join(tmp.dir, "out");
      const r = await runCli(["init", "--answers", file, "--out", out, "--format", "json", "--lang", "pt"]);
      expect(r.code).toBe(1);
      const issues = (JSON.parse(r.stdout) as { written: unknown; issues: { code: string; pointer: string; line?: number; message: string }[] }).issues;
      expect(issues.map((i) => [i.code, i.pointer])).toEqual(
        expect.arrayContaining([
          ["invalid_value", "/publisher/type"],
          ["invalid_value", "/languages/1"],
          ["missing_property", "/direction"],
          ["unknown_property", "/colour"],
        ]),
      );
      expect(issues.every((i) => typeof i.line === "number")).toBe(true);
      expect(issues.find((i) => i.code === "missing_property")!.message).toContain("Falta a propriedade");
      expect(existsSync(out)).toBe(false);
    } finally {
      tmp.remove();
    }
  });

  it("answers that name a level, dimension or option they do not define are reported at that name, not dropped", () => {
    const answers = example("examples/init/examplia-answers.json");
    answers["mapping"] = { ...(answers["mapping"] as object), "5": { min: "R5", max: "R5" } };
    answers["method"] = { kind: "max", ratings: { effect: { none: "1", broken: "2" }, reach: { one: "1" }, scope: { one: "9" } } };
    const checked = checkAnswers(answers);
    expect(checked.ok ? [] : checked.issues.map((i) => [i.code, i.pointer])).toEqual([
      ["unknown_level_reference", "/mapping/5"],
      ["unknown_option_reference", "/method/ratings/effect/broken"],
      ["unknown_dimension_reference", "/method/ratings/reach"],
      ["unknown_level_reference", "/method/ratings/scope/one"],
    ]);
    answers["method"] = { kind: "matrix", cells: [["1", "2", "3", "4"], ["2", "3", "4"]] };
    const matrix = checkAnswers(answers);
    expect(matrix.ok ? [] : matrix.issues.map((i) => [i.code, i.pointer])).toEqual([
      ["unknown_level_reference", "/mapping/5"],
      ["too_few_items", "/method/cells"],
      ["too_few_items", "/method/cells/1"],
    ]);
  });

  it("says so when the answers are not JSON (1) or not there (2), without a stack trace", async () => {
    const tmp = tempFolder("init");
    try {
      const broken = await runCli(["init", "--answers", tmp.write("a.json", "{ nope"), "--out", tmp.dir]);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain("invalid_json");
      const missing = await runCli(["init", "--answers", join(tmp.dir, "none.json"), "--out", tmp.dir]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain("file_not_found");
      for (const r of [broken, missing]) expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      tmp.remove();
    }
  });

  it("reads the answers from standard input with -", async () => {
    const tmp = tempFolder("init");
    try {
      const r = await runCli(["init", "--answers", "-", "--out", tmp.dir, "--format", "json"], { stdin: readFileSync(ANSWERS, "utf8") });
      expect(r.code).toBe(0);
      const written = (JSON.parse(r.stdout) as { written: { scale: string; mapping: string } }).written;
      expect(existsSync(written.scale) && statSync(written.mapping).isFile()).toBe(true);
    } finally {
      tmp.remove();
    }
  });

  it("refuses the wizard without a terminal, in the run's language", async () => {
    for (const lang of LANGUAGES) {
      const r = await runCli(["init", "--lang", lang]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(cliTexts(lang).initNeedsTerminal);
    }
  });

  it("a draft whose meaning is wrong is reported against the document it would be, and nothing is written", async () => {
    const tmp = tempFolder("init");
    try {
      const answers = example("examples/init/examplia-answers.json");
      answers["method"] = { kind: "rules", rules: [{ level: "9", dimension: "effect", atLeast: "disrupted" }] };
      const out = join(tmp.dir, "out");
      const r = await runCli(["init", "--answers", tmp.write("a.json", answers), "--out", out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("unknown_level_reference");
      expect(r.stderr).toContain("scales/national.json");
      expect(existsSync(out)).toBe(false);
    } finally {
      tmp.remove();
    }
  });
});

describe("init defaults", () => {
  it("the default palette gives distinct colours whose label text reaches 4.5:1, for 2 to 12 levels", () => {
    for (let n = 2; n <= 12; n++) {
      const colours = defaultColours(n);
      expect(new Set(colours).size).toBe(n);
      for (const hex of colours) expect(labelContrast(hex).ratio).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("the default mapping spreads the levels over the reference scale in order, covering it once", () => {
    const codes = REFERENCE_SCALE.levels.map((l) => l.code);
    for (let n = 2; n <= 12; n++) {
      const intervals = Array.from({ length: n }, (_, i) => defaultInterval(i, n)).map((v) => [codes.indexOf(v.min), codes.indexOf(v.max)] as const);
      expect(intervals[0]![0]).toBe(0);
      expect(intervals[n - 1]![1]).toBe(codes.length - 1);
      for (let i = 1; i < n; i++) {
        expect(intervals[i]![0]).toBeGreaterThanOrEqual(intervals[i - 1]![0]);
        if (n <= codes.length) expect(intervals[i]![0]).toBe(intervals[i - 1]![1] + 1);
      }
    }
  });
});

/** Random answers that are valid by construction: the property says they always give documents that validate. */
const validAnswers: fc.Arbitrary<InitAnswers> = fc
  .record({
    languages: fc.shuffledSubarray([...LANGUAGES], { minLength: 1 }),
    levelCount: fc.integer({ min: 2, max: 8 }),
    dimensionCount: fc.integer({ min: 2, max: 3 }),
    optionCounts: fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 3, maxLength: 3 }),
    kind: fc.constantFrom(...METHOD_KINDS),
    explicit: fc.boolean(),
    seed: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
    direction: fc.constantFrom("ascending" as const, "descending" as const),
    label: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.trim().length > 0 && !/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(s)),
    colours: fc.option(fc.array(fc.integer({ min: 0, max: 0xffffff }), { minLength: 8, maxLength: 8 }), { nil: undefined }),
  })
  .map(({ languages, levelCount, dimensionCount, optionCounts, kind, explicit, seed, direction, label, colours }) => {
    let k = 0;
    const pick = (n: number) => seed[k++ % seed.length]! % n;
    const text = (what: string) => Object.fromEntries(languages.map((l) => [l, `${label} ${what} ${l}`]));
    const levels = Array.from({ length: levelCount }, (_, i) => ({
      code: `L${i + 1}`,
      label: text(`level ${i}`),
      definition: text(`definition ${i}`),
      ...(colours ? { color: `#${colours[i]!.toString(16).padStart(6, "0")}` } : {}),
    }));
    const dimensions = Array.from({ length: dimensionCount }, (_, d) => ({
      code: `d${d}`,
      label: text(`dimension ${d}`),
      options: Array.from({ length: optionCounts[d]! }, (_, o) => ({ code: `o${o}`, label: text(`option ${o}`) })),
    }));
    const codes = levels.map((l) => l.code);
    const methods: Record<(typeof METHOD_KINDS)[number], MethodAnswer> = {
      judgement: { kind: "judgement" },
      max: explicit
        ? { kind: "max", ratings: Object.fromEntries(dimensions.map((d) => [d.code, Object.fromEntries(d.options.map((o) => [o.code, codes[pick(levelCount)]!]))])) }
        : { kind: "max" },
      rules: {
        kind: "rules",
        rules: codes.slice(1).map((level) => {
          const d = dimensions[pick(dimensions.length)]!;
          return { level, dimension: d.code, atLeast: d.options[pick(d.options.length)]!.code };
        }),
      },
      score: explicit
        ? { kind: "score", weights: Object.fromEntries(dimensions.map((d) => [d.code, 1 + pick(5)])), cutPoints: Object.fromEntries(codes.map((c, i) => [c, i * Math.floor(100 / levelCount)])) }
        : { kind: "score" },
      matrix: explicit
        ? { kind: "matrix", rows: "d1", columns: "d0", cells: dimensions[1]!.options.map(() => dimensions[0]!.options.map(() => codes[pick(levelCount)]!)) }
        : { kind: "matrix" },
    };
    const ends = Array.from({ length: levelCount }, () => {
      const a = pick(6);
      return [a, a + pick(6 - a)] as const;
    });
    const mins = ends.map((e) => e[0]).sort((a, b) => a - b);
    const maxs = ends.map((e) => e[1]).sort((a, b) => a - b);
    return {
      publisher: { name: `${label} state`, type: "state", country: "XE" },
      csirt: { name: `${label} CSIRT` },
      contact: { email: "csirt@example.org" },
      languages,
      direction,
      levels,
      dimensions,
      method: methods[kind],
      ...(explicit ? { mapping: Object.fromEntries(codes.map((c, i) => [c, { min: `R${mins[i]}`, max: `R${maxs[i]}` }])) } : {}),
    } as InitAnswers;
  });

describe("init: property", () => {
  it("random valid answers pass the answers check and give a scale and a mapping that validate", () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const checked = checkAnswers(JSON.parse(JSON.stringify(answers)));
        expect(checked.ok ? [] : checked.issues).toEqual([]);
        const draft = buildDraft(answers, words, "2026-12-04");
        const scale = validateDocument(draft.scale, { kind: "scale" });
        expect(scale.issues.filter((i) => i.severity === "error")).toEqual([]);
        const mapping = validateDocument(draft.mapping, { kind: "mapping", resolveScale: (id) => (id === draft.scale["id"] ? (draft.scale as unknown as Scale) : undefined) });
        expect(mapping.issues.filter((i) => i.severity === "error")).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("any JSON value as answers gives issues or answers, never a crash", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const checked = checkAnswers(value);
        if (!checked.ok) for (const i of checked.issues) expect(i.code).toMatch(/^[a-z_]+$/);
      }),
    );
  });
});
