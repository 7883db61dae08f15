/**
 * `sevscale thread`: three signed assessments of one incident, each superseding the one before,
 * read back as a thread (order, how the rating changed, signatures), and the findings of a broken
 * thread.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { classify } from "@sevscale/core";
import type { Scale } from "@sevscale/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { ROOT, tempFolder } from "../_test-files.js";

const ASD = join(ROOT, "examples/scales/au-asd.json");
const KEY = join(ROOT, "examples/keys/demo-DO-NOT-USE.private.jwk");
const KEYRING = join(ROOT, "examples/keys/demo-keyring.json");
const REGISTRY = join(ROOT, "examples/registry");
const asd = JSON.parse(readFileSync(ASD, "utf8")) as Scale;

let tmp: ReturnType<typeof tempFolder>;
beforeEach(() => {
  tmp = tempFolder("thread");
});
afterEach(() => tmp.remove());

/** The incident as it developed: first a school's compromise, then a state government's, then the same. */
const STAGES = [
  { facts: { "impact-type": "isolated-compromise", stakeholder: "school" }, assessed: "2026-03-01T12:00:00Z" },
  { facts: { "impact-type": "extensive-compromise", stakeholder: "state-government" }, assessed: "2026-03-02T08:00:00Z" },
  { facts: { "impact-type": "extensive-compromise", stakeholder: "state-government" }, assessed: "2026-03-03T09:30:00Z" },
];

/** Writes the three assessments (a1 ← a2 ← a3), signed; returns their paths and ids. */
async function writeThread(): Promise<{ files: string[]; ids: string[] }> {
  const files: string[] = [];
  const ids: string[] = [];
  mkdirSync(join(tmp.dir, "thread"), { recursive: true });
  for (const [i, stage] of STAGES.entries()) {
    const facts = join(tmp.dir, `facts-${i}.json`);
    writeFileSync(facts, JSON.stringify(stage.facts));
    const out = join(tmp.dir, "thread", `a${i + 1}.json`);
    const supersedes = i === 0 ? [] : ["--supersedes", ids[i - 1]!];
    const r = await runCli(["assess", ASD, "--facts", facts, "--incident", "INC-7", "--sign", KEY, "--out", out, "--assessed", stage.assessed, ...supersedes]);
    expect(r.code, r.stderr).toBe(0);
    files.push(out);
    ids.push((JSON.parse(readFileSync(out, "utf8")) as { id: string }).id);
  }
  return { files, ids };
}

interface ThreadJson {
  incident: string;
  steps: { id: string; result: string; change: string; file: string; signature?: { valid: boolean } }[];
  issues: { code: string }[];
}

describe("sevscale thread", () => {
  it("orders the assessments by what each supersedes and says how the rating changed", async () => {
    const { files, ids } = await writeThread();
    const levels = STAGES.map((s) => classify(asd, s.facts).level!.code);
    // Given in the wrong order: the thread follows `supersedes`, not the argument order.
    const r = await runCli(["thread", files[2]!, files[0]!, files[1]!, "--registry", REGISTRY, "--keyring", KEYRING, "--format", "json"]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as ThreadJson;
    expect(json.incident).toBe("INC-7");
    expect(json.steps.map((s) => s.id)).toEqual(ids);
    expect(json.steps.map((s) => s.result)).toEqual(levels);
    // ASD ranks its categories from C6 (least severe) to C1: the second stage is more severe.
    const rank = (code: string) => asd.levels.findIndex((l) => l.code === code);
    expect(rank(levels[1]!)).toBeGreaterThan(rank(levels[0]!));
    expect(json.steps.map((s) => s.change)).toEqual(["first", "raised", "unchanged"]);
    expect(json.steps.every((s) => s.signature?.valid === true)).toBe(true);
  });

  it("prints the thread in the analyst's language", async () => {
    const { files } = await writeThread();
    const en = await runCli(["thread", join(tmp.dir, "thread"), "--registry", REGISTRY]);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain("Incident INC-7: 3 assessments");
    expect(en.stdout).toMatch(/first[\s\S]*raised[\s\S]*unchanged/);
    const fr = await runCli(["thread", ...files, "--registry", REGISTRY, "--lang", "fr"]);
    expect(fr.stdout).toContain("Incident INC-7\u00a0: 3 évaluations");
    expect(fr.stdout).toMatch(/première[\s\S]*relevée[\s\S]*inchangée/);
    expect((await runCli(["thread", ...files, "--registry", REGISTRY, "--lang", "es"])).stdout).toMatch(/primera[\s\S]*elevada[\s\S]*sin cambios/);
    expect((await runCli(["thread", ...files, "--registry", REGISTRY, "--lang", "pt"])).stdout).toMatch(/primeira[\s\S]*elevada[\s\S]*inalterada/);
  });

  it("without the scales, says only that the rating changed", async () => {
    const { files } = await writeThread();
    const json = JSON.parse((await runCli(["thread", ...files, "--format", "json"])).stdout) as ThreadJson;
    expect(json.steps.map((s) => s.change)).toEqual(["first", "changed", "unchanged"]);
  });

  it("reports a missing predecessor and a tampered assessment, exit 1", async () => {
    const { files } = await writeThread();
    const missing = await runCli(["thread", files[1]!, files[2]!, "--format", "json"]);
    expect(missing.code).toBe(0);
    expect((JSON.parse(missing.stdout) as ThreadJson).issues.map((i) => i.code)).toContain("assessment_thread_missing");
    const text = readFileSync(files[1]!, "utf8");
    writeFileSync(files[1]!, text.replace('"INC-7"', '"INC-8"'));
    const tampered = await runCli(["thread", ...files, "--keyring", KEYRING, "--format", "json"]);
    expect(tampered.code).toBe(1);
    const json = JSON.parse(tampered.stdout) as ThreadJson;
    expect(json.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["assessment_thread_incident"]));
    expect(json.steps.find((s) => s.signature?.valid === false)).toBeDefined();
  });

  it("reads one assessment from standard input (-), as any file, and names it -", async () => {
    const { files, ids } = await writeThread();
    const fromFiles = JSON.parse((await runCli(["thread", ...files, "--registry", REGISTRY, "--format", "json"])).stdout) as ThreadJson;
    const r = await runCli(["thread", files[0]!, "-", files[2]!, "--registry", REGISTRY, "--format", "json"], { stdin: readFileSync(files[1]!, "utf8") });
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as ThreadJson;
    expect(json.steps.map((s) => s.id)).toEqual(ids);
    expect(json.steps.map((s) => s.file)).toEqual([fromFiles.steps[0]!.file, "-", fromFiles.steps[2]!.file]);
    expect(json.steps.map((s) => [s.result, s.change])).toEqual(fromFiles.steps.map((s) => [s.result, s.change]));
    // Bad input on standard input is a finding about the file -, with its position.
    const broken = await runCli(["thread", files[0]!, "-", "--format", "json"], { stdin: '{"kind": "assessment",' });
    expect(broken.code).toBe(1);
    expect((JSON.parse(broken.stdout) as { issues: { code: string; file: string }[] }).issues[0]).toMatchObject({ code: "invalid_json", file: "-" });
  });

  it("refuses - with --keyring: a signature is read from <file>.jws, beside a file (exit 2)", async () => {
    const r = await runCli(["thread", "-", "--keyring", KEYRING], { stdin: "{}" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("<file>.jws");
  });

  it("a missing file is a usage error, exit 2", async () => {
    expect((await runCli(["thread", join(tmp.dir, "nowhere.json")])).code).toBe(2);
  });
});
