/**
 * Worked cases for the two schemes that use the format 1.1 features: the EU NIS2 significance test
 * (Implementing Regulation (EU) 2024/2690: any-of criteria, a planned-maintenance exclusion with a
 * default, booleans, a nominal entity type, an out-of-scope sentinel, notification stages) and
 * Spain's Guía Nacional (a worst-criterion `max` over a nominal class, an ordinal with a default and
 * booleans). Each case is worked by hand from the regulation's or guide's rule in the comment; the
 * compiled classifier must give the identical result.
 */
import type { ClassifyResult, Scale } from "@sevscale/core";
import { classify, compileClassifier } from "@sevscale/core";
import { describe, expect, it } from "vitest";
import { loadMapping, loadScale } from "./support.js";

const nis2 = loadScale("eu-nis2-2024-2690");
const guia = loadScale("es-guia-nacional-2020");

/** Classifies with the interpreter and checks the compiled classifier agrees exactly. */
function both(scale: Scale, facts: Record<string, unknown>, options?: { assume?: boolean }): ClassifyResult {
  const r = classify(scale, facts, options);
  expect(compileClassifier(scale, options).classify(facts)).toStrictEqual(r);
  return r;
}

const missingOf = (r: ClassifyResult) => (r.missing ?? []).map((m) => m.dimension);

describe("eu/nis2-ir-2024-2690: Article 3 and Article 7", () => {
  it("a cloud provider's loss alone above EUR 500 000 is significant, the other criteria unanswered and planned maintenance assumed 'no'", () => {
    // Article 3(1)(a): 600 000 > min(500 000, 5 % × turnover) for any turnover, so (a) holds without
    // the turnover; Article 3(2) is answered by the default (not planned maintenance).
    const r = both(nis2, { "entity-type": "cloud", "direct-loss": 600000 });
    expect(r.status).toBe("determined");
    expect(r.level?.code).toBe("significant");
    expect(r.issues.map((i) => i.code)).toContain("fact_assumed");
  });

  it("without assumptions the same incident gives a range and asks exactly the planned-maintenance question", () => {
    const r = both(nis2, { "entity-type": "cloud", "direct-loss": 600000 }, { assume: false });
    expect(r.status).toBe("undetermined");
    expect(r.level).toBeNull();
    expect(r.range?.atLeast?.code).toBe("not-significant");
    expect(r.range?.atMost.code).toBe("significant");
    expect(missingOf(r)).toEqual(["planned-maintenance"]);
  });

  it.each([
    // Loss 300 000 with turnover 4 000 000: 5 % is 200 000, the lower bound; 300 000 exceeds it.
    [{ "entity-type": "dns", "direct-loss": 300000, "annual-turnover": 4000000 }, "significant"],
    // Exactly 5 % of turnover does not exceed it ("exceeds"), and no other criterion is met.
    [
      { "entity-type": "dns", "direct-loss": 200000, "annual-turnover": 4000000, "trade-secrets": false, death: false, "health-damage": false, "malicious-access": false, recurring: false },
      "not-significant",
    ],
    // Article 3(1)(c): a death is enough, whatever the loss.
    [{ "entity-type": "trust-service", death: true }, "significant"],
    // Article 3(2): planned maintenance is never significant, even with a large loss.
    [{ "entity-type": "data-centre", "planned-maintenance": true, "direct-loss": 9000000 }, "not-significant"],
    // Article 7(a): a cloud service completely unavailable for 31 minutes.
    [{ "entity-type": "cloud", "cloud-unavailable-minutes": 31 }, "significant"],
    // Article 7(b): 1 000 001 users limited for 61 minutes exceeds min(1 000 000, 10 % of an unknown total).
    [{ "entity-type": "cloud", "cloud-limited-minutes": 61, "cloud-limited-users": 1000001 }, "significant"],
    // Article 7(c): data compromised by a suspectedly malicious action.
    [{ "entity-type": "cloud", "cloud-data-compromised": true }, "significant"],
  ] as const)("%j is %s", (facts, level) => {
    const r = both(nis2, facts);
    expect(r.status).toBe("determined");
    expect(r.level?.code).toBe(level);
  });

  it("a 30-minute outage does not exceed Article 7(a); with the other criteria unanswered the result stays open", () => {
    const r = both(nis2, { "entity-type": "cloud", "cloud-unavailable-minutes": 30 });
    expect(r.status).toBe("undetermined");
    expect(r.range?.atLeast?.code).toBe("not-significant");
    expect(r.range?.atMost.code).toBe("significant");
    // Every criterion still open is asked for at once; the answered outage is not.
    expect(missingOf(r)).toEqual(expect.arrayContaining(["direct-loss", "trade-secrets", "death", "health-damage", "malicious-access", "recurring", "cloud-data-compromised"]));
    expect(missingOf(r)).not.toContain("cloud-unavailable-minutes");
  });

  it("Article 7 criteria do not apply to another kind of provider", () => {
    const r = both(nis2, {
      "entity-type": "search-engine", "cloud-unavailable-minutes": 600, "direct-loss": 0,
      "trade-secrets": false, death: false, "health-damage": false, "malicious-access": false, recurring: false,
    });
    expect(r.level?.code).toBe("not-significant");
  });

  it("an entity the Regulation does not cover ends in the out-of-scope sentinel, never a level", () => {
    const r = both(nis2, { "entity-type": "other", death: true });
    expect(r.status).toBe("sentinel");
    expect(r.level).toBeNull();
    expect(r.sentinel).toEqual({ code: "out-of-scope", meaning: "out-of-scope" });
  });

  it("without the entity type a sentinel is still possible, so the range stays open below", () => {
    const r = both(nis2, { death: true });
    expect(r.status).toBe("undetermined");
    expect(r.range?.atLeast).toBeNull();
    expect(missingOf(r)).toContain("entity-type");
  });

  it("a significant incident carries the three NIS2 stages: 24 h early warning, 72 h notification, final report a month later", () => {
    const significant = nis2.levels.find((l) => l.code === "significant");
    const stages = significant?.notification?.stages ?? [];
    expect(stages.filter((s) => s.deadline).map((s) => [s.deadline, s.from])).toEqual([
      ["PT24H", "awareness"],
      ["PT72H", "awareness"],
      ["P1M", "notification"],
    ]);
    expect(nis2.significance?.level).toBe("significant");
  });
});

describe("es/guia-nacional-2020: the level is the highest any criterion reaches", () => {
  it.each([
    // Class spam (Bajo), CONFIDENCIAL information (Alto), nothing else: Alto.
    [{ "incident-class": "spam", "classified-information": "confidencial", "national-security": false, "danger-to-life": false, "critical-infrastructure": false }, "Alto"],
    // RESERVADO (Muy alto) beats the scanning class (Bajo).
    [{ "incident-class": "scanning", "classified-information": "reservado", "national-security": false, "danger-to-life": false, "critical-infrastructure": false }, "Muy alto"],
    // Nothing reaches above Bajo; the classified information is assumed "none".
    [{ "incident-class": "other", "national-security": false, "danger-to-life": false, "critical-infrastructure": false }, "Bajo"],
    // An APT is Crítico on its own: the most severe level decides without the other criteria.
    [{ "incident-class": "apt" }, "Crítico"],
    // A critical infrastructure affected is Crítico whatever else is missing.
    [{ "critical-infrastructure": true }, "Crítico"],
  ] as const)("%j is %s", (facts, level) => {
    const r = both(guia, facts);
    expect(r.status).toBe("determined");
    expect(r.level?.code).toBe(level);
  });

  it("partial facts give the range from the highest criterion reached to Crítico, with the open criteria to ask", () => {
    const r = both(guia, { "incident-class": "spam", "classified-information": "difusion-limitada" });
    expect(r.status).toBe("undetermined");
    expect(r.range?.atLeast?.code).toBe("Medio");
    expect(r.range?.atMost.code).toBe("Crítico");
    expect(missingOf(r).sort()).toEqual(["critical-infrastructure", "danger-to-life", "national-security"]);
  });

  it("notification is mandatory from Alto, the significance line", () => {
    expect(guia.significance?.level).toBe("Alto");
    expect(guia.levels.map((l) => l.notification?.mandatory === true)).toEqual([false, false, true, true, true]);
  });
});

describe("their mappings onto the CRS", () => {
  it("give every level a band that never goes down with rank, and leave the NIS2 sentinel out", () => {
    for (const [name, scale] of [["eu-nis2-2024-2690-to-crs", nis2], ["es-guia-nacional-2020-to-crs", guia]] as const) {
      const m = loadMapping(name);
      const bands = scale.levels.map((l) => m.records.find((r) => r.subject === l.code)?.object);
      expect(bands.every((b) => b !== undefined)).toBe(true);
      for (let i = 1; i < bands.length; i++) {
        expect(Number(bands[i]!.min.slice(1))).toBeGreaterThanOrEqual(Number(bands[i - 1]!.min.slice(1)));
        expect(Number(bands[i]!.max.slice(1))).toBeGreaterThanOrEqual(Number(bands[i - 1]!.max.slice(1)));
      }
    }
    expect(loadMapping("eu-nis2-2024-2690-to-crs").records.find((r) => r.subject === "out-of-scope")).toBeUndefined();
  });
});
