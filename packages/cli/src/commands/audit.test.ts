import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { ROOT, example, tempFolder } from "../_test-files.js";

const ASD_MAPPING = "examples/mappings/au-asd-to-crs.json";
const tmp = tempFolder("audit");
afterAll(() => tmp.remove());

interface AuditJson {
  checked: number;
  total: number;
  exhaustive: boolean;
  disagreeing: number;
  findings: { cell: { dimension: string; value: string }[]; level: { code: string }; message: string; examples: { nationalTrace: { message: string }[]; referenceTrace: { message: string }[] }[] }[];
  issues: { code: string }[];
}

/** A copy of the ASD mapping (with changes) beside a copy of the ASD scale, in a temp folder. */
function asdCopy(name: string, change: (m: Record<string, any>) => void = () => undefined): string {
  tmp.write("au-asd.json", example("examples/scales/au-asd.json"));
  const m = example(ASD_MAPPING) as Record<string, any>;
  change(m);
  return tmp.write(name, m);
}

describe("sevscale audit", () => {
  it("reports the five ASD cells with both traces and exits 1 (acceptance)", async () => {
    const r = await runCli(["audit", ASD_MAPPING], { cwd: ROOT });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Checked all 90 combinations of criteria.");
    expect(r.stdout).toContain("5 cells disagree:");
    expect(r.stdout.match(/✗ /g)).toHaveLength(5);
    expect(r.stdout).toContain("✗ impact-type=isolated-compromise × stakeholder=state-academia-large-organisations-supply-chain");
    expect(r.stdout).toContain("Crosswalk: stakeholder = national-security implies scope S5.");
    expect(r.stdout).toContain('Cell (“isolated-compromise”, “national-security-sons”): level C2.');
  });

  it("writes JSON with rendered messages and the sampling note under a budget", async () => {
    const r = await runCli(["audit", ASD_MAPPING, "--format", "json", "--budget", "30", "--seed", "7"], { cwd: ROOT });
    const out = JSON.parse(r.stdout) as AuditJson;
    expect(out).toMatchObject({ checked: 30, total: 90, exhaustive: false });
    expect(out.issues.map((i) => i.code)).toContain("audit_sampled");
    expect(out.findings.every((f) => f.message.includes(f.level.code) && f.examples[0]!.referenceTrace.length > 0)).toBe(true);
    expect(r.code).toBe(out.disagreeing > 0 ? 1 : 0);
  });

  it("speaks the four languages", async () => {
    for (const [lang, word] of [["es", "celdas discrepan"], ["fr", "cellules divergent"], ["pt", "células divergem"]] as const) {
      const r = await runCli(["audit", ASD_MAPPING, "--lang", lang], { cwd: ROOT });
      expect(r.stdout).toContain(`5 ${word}`);
    }
  });

  it("exits 0 when the records agree with the crosswalk (C3 widened to R2–R3, C2 to R3–R4)", async () => {
    const file = asdCopy("agree.json", (m) => {
      m.records.find((r: any) => r.subject === "C3").object = { min: "R2", max: "R3" };
      m.records.find((r: any) => r.subject === "C3").relation = "broadMatch";
      m.records.find((r: any) => r.subject === "C2").object = { min: "R3", max: "R4" };
      m.records.find((r: any) => r.subject === "C2").relation = "broadMatch";
    });
    const r = await runCli(["audit", file, "--scale", `${tmp.dir}/au-asd.json`], { cwd: ROOT });
    expect(r.stdout).toContain("The mapping agrees with the criteria everywhere checked.");
    expect(r.code).toBe(0);
  });

  it("exits 1 for a mapping without a crosswalk, and for a crosswalk that does not validate", async () => {
    const none = await runCli(["audit", "examples/mappings/gb-ncsc-2018-to-crs.json"], { cwd: ROOT });
    expect(none.code).toBe(1);
    expect(none.stdout).toContain("audit_no_crosswalk");
    const bad = asdCopy("bad.json", (m) => delete m.crosswalk.dimensions[0].options["sustained-disruption"]);
    const r = await runCli(["audit", bad], { cwd: ROOT });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("crosswalk_option_missing");
  });

  it("exits 2 when the mapping or its scale cannot be found", async () => {
    expect((await runCli(["audit", "examples/mappings/missing.json"], { cwd: ROOT })).code).toBe(2);
    const alone = tempFolder("audit-alone");
    const file = alone.write("m.json", example(ASD_MAPPING));
    const r = await runCli(["audit", file], { cwd: ROOT });
    alone.remove();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("scale_not_found");
  });
});
