/**
 * The classify-stream example program: each incident's ASD category (looked up by hand in the
 * published matrix) and its UK and US translations (computed by hand from the mapping records:
 * confidence = product of the two records' confidences, × the Jaccard index of the two bands
 * when the relation is only "overlapping", rounded to 4 decimals — docs/translation.md).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_INPUT, main } from "../classify-stream.js";
import { REPO_ROOT } from "./support.js";

async function run(input?: string): Promise<string[]> {
  const lines: string[] = [];
  await main(input, (l) => lines.push(l));
  return lines;
}

// Records used (subject → CRS band, relation, confidence):
//   ASD  C6 R0–R1 broad 0.75 · C5 R1 exact 0.8 · C4 R2 exact 0.85 · C3 R3 exact 0.7 · C2 R4 exact 0.75 · C1 R5 exact 0.9
//   UK   Cat 6 R0–R1 broad 0.7 · Cat 5 R1–R2 broad 0.65 · Cat 4 R2 exact 0.75 · Cat 3 R3 exact 0.8 · Cat 2 R4 exact 0.85 · Cat 1 R5 exact 0.85
//   US   0…5 → R0…R5, all exact 0.9
const EXPECTED: readonly (readonly [string, string, string, string])[] = [
  // Isolated compromise × Schools (group Medium-sized / Schools / Local government) → C5 (R1).
  // UK Cat 6 (R0–R1): R1 inside a broad band, read back down: overlapping, 0.8 × 0.7 × |R1|/|R0–R1| = 0.56 × 1/2 = 0.28
  // UK Cat 5 (R1–R2): overlapping, 0.8 × 0.65 × 1/2 = 0.26.  US 1 (R1 exact): equivalent 0.8 × 0.9 = 0.72
  ["INC-01 au/asd C5 (determined)", "school falls in group medium-organisations-schools-local-government", "gb/ncsc-2018: Category 6 overlapping 0.28, Category 5 overlapping 0.26", "us/ciss: 1 equivalent 0.72"],
  // Extensive compromise × Federal government → C2 (R4). UK Cat 2: 0.75 × 0.85 = 0.6375; US 4: 0.75 × 0.9 = 0.675
  ["INC-02 au/asd C2 (determined)", "federal-government falls in group federal-shared-services-regulated-ci", "gb/ncsc-2018: Category 2 equivalent 0.6375", "us/ciss: 4 equivalent 0.675"],
  // Sustained disruption × Regulated critical infrastructure → C1 (R5). UK Cat 1: 0.9 × 0.85 = 0.765; US 5: 0.9 × 0.9 = 0.81
  ["INC-03 au/asd C1 (determined)", "regulated-critical-infrastructure falls in group federal-shared-services-regulated-ci", "gb/ncsc-2018: Category 1 equivalent 0.765", "us/ciss: 5 equivalent 0.81"],
  // Coordinated low-level attack × Systems of National Significance → C3 (R3). UK Cat 3: 0.7 × 0.8 = 0.56; US 3: 0.7 × 0.9 = 0.63
  ["INC-04 au/asd C3 (determined)", "systems-of-national-significance falls in group national-security-sons", "gb/ncsc-2018: Category 3 equivalent 0.56", "us/ciss: 3 equivalent 0.63"],
  // Low-level attack × Academia/R&D → C4 (R2). UK Cat 5 (R1–R2): overlapping, 0.85 × 0.65 × 1/2 = 0.27625 → 0.2763;
  // UK Cat 4: 0.85 × 0.75 = 0.6375 (candidates least severe first); US 2: 0.85 × 0.9 = 0.765
  ["INC-05 au/asd C4 (determined)", "academia-rd falls in group state-academia-large-organisations-supply-chain", "gb/ncsc-2018: Category 5 overlapping 0.2763, Category 4 equivalent 0.6375", "us/ciss: 2 equivalent 0.765"],
  // Unsuccessful low-level attack × National security → C6 (R0–R1, broad: ⊆ its band).
  // UK Cat 6 (R0–R1 broad): both only inside the same band: overlapping, 0.75 × 0.7 × 2/2 = 0.525
  // UK Cat 5 (R1–R2): overlapping, 0.75 × 0.65 × |R1|/|R0–R2| = 0.4875 / 3 = 0.1625
  // US 0 and 1 (R0, R1 exact): overlapping, 0.75 × 0.9 × 1/2 = 0.3375 each
  ["INC-06 au/asd C6 (determined)", "national-security falls in group national-security-sons", "gb/ncsc-2018: Category 6 overlapping 0.525, Category 5 overlapping 0.1625", "us/ciss: 0 overlapping 0.3375, 1 overlapping 0.3375"],
];

describe("examples/classify-stream.ts", () => {
  it("prints one line per incident: category, trace, and the UK and US candidates", async () => {
    const lines = await run();
    expect(lines).toHaveLength(8);
    EXPECTED.forEach(([head, group, uk, us], i) => {
      const parts = lines[i]!.split(" | ");
      expect(parts[0]).toBe(head);
      expect(parts[1]).toContain(group);
      expect(parts.slice(2)).toEqual([uk, us]);
    });
  });

  it("says why an incident has no category and translates nothing", async () => {
    const lines = await run();
    // No stakeholder: the column cannot be looked up.
    expect(lines[6]).toMatch(/^INC-07 au\/asd - \(undetermined\) \| .* \| issues: fact_missing \/stakeholder \| no translation$/);
    // "hospital" is not a stakeholder type of the matrix.
    expect(lines[7]).toMatch(/^INC-08 au\/asd - \(invalid-facts\) \| .* \| issues: fact_unknown_option \/stakeholder \| no translation$/);
  });

  it("skips a line that is not JSON and names records without an id by line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sevscale-stream-"));
    try {
      const file = join(dir, "in.ndjson");
      writeFileSync(file, `{"facts": {"impact-type": "extensive-compromise", "stakeholder": "sole-trader"}}\n\n{oops\n[]\n`);
      const lines = await run(file);
      // Extensive compromise × Sole traders (Small organisation(s) / Sole traders) → C5.
      expect(lines[0]).toMatch(/^line 1 au\/asd C5 \(determined\) \| /);
      expect(lines[1]).toBe("line 3: not JSON, skipped");
      expect(lines[2]).toMatch(/^line 4 au\/asd - \(invalid-facts\) \| .* \| issues: facts_not_object \| no translation$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs as a program and prints the same lines", async () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "--conditions=@sevscale/source", join(REPO_ROOT, "examples/classify-stream.ts"), DEFAULT_INPUT], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toEqual(await run());
  });
});
