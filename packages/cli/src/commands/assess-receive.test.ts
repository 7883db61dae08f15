/**
 * `sevscale assess` and `sevscale receive` end to end on the examples: the ASD scale, the sample
 * facts, the demo key and the example registry (which holds the ASD and UK scales and mappings).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DOCUMENT_SCHEMAS } from "@sevscale/core";
import { signFile } from "@sevscale/node";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { ROOT, tempFolder } from "../_test-files.js";

const ASD = join(ROOT, "examples/scales/au-asd.json");
const UK = join(ROOT, "examples/scales/gb-ncsc-2018.json");
const FACTS = join(ROOT, "examples/facts/asd-sample.json");
const KEY = join(ROOT, "examples/keys/demo-DO-NOT-USE.private.jwk");
const KEYRING = join(ROOT, "examples/keys/demo-keyring.json");
const REGISTRY = join(ROOT, "examples/registry");

let tmp: ReturnType<typeof tempFolder>;
let out: string;
beforeEach(() => {
  tmp = tempFolder("assess");
  out = join(tmp.dir, "a.json");
});
afterEach(() => tmp.remove());

const assess = (...extra: string[]) =>
  runCli(["assess", ASD, "--facts", FACTS, "--incident", "INC-1", "--sign", KEY, "--out", out, "--assessed", "2026-03-01T12:00:00Z", ...extra]);
const receive = (...extra: string[]) => runCli(["receive", out, "--as", UK, "--registry", REGISTRY, "--keyring", KEYRING, ...extra]);

describe("sevscale assess", () => {
  it("writes a valid assessment of the facts and its detached signature", async () => {
    const r = await assess();
    expect(r.code, r.stderr).toBe(0);
    const written = JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>;
    expect(DOCUMENT_SCHEMAS.assessment.safeParse(written).success).toBe(true);
    expect(written).toMatchObject({ kind: "assessment", incident: { reference: "INC-1" }, marking: "TLP:AMBER", scale: { id: "au/asd", version: "1.0.0" } });
    expect(readFileSync(`${out}.jws`, "utf8")).toMatch(/^[\w-]+\.\.[\w-]+\s*$/);
    const classified = await runCli(["classify", ASD, "--facts", FACTS, "--format", "json"]);
    expect((written["result"] as { level: string }).level).toBe((JSON.parse(classified.stdout) as { level: { code: string } }).level.code);
  });

  it("writes the MISP and STIX exports beside it", async () => {
    const r = await assess("--export", "misp", "stix", "--marking", "TLP:AMBER+STRICT");
    expect(r.code, r.stderr).toBe(0);
    const misp = JSON.parse(readFileSync(join(tmp.dir, "a.misp.json"), "utf8")) as { tags: string[] };
    expect(misp.tags).toContain("tlp:amber+strict");
    const stix = JSON.parse(readFileSync(join(tmp.dir, "a.stix.json"), "utf8")) as { type: string; objects: { type: string }[] };
    expect(stix.type).toBe("bundle");
    expect(stix.objects.map((o) => o.type)).toContain("incident");
  });

  it("refuses an unknown marking as a usage error", async () => {
    const r = await assess("--marking", "TLP:WHITE");
    expect(r.code).toBe(2);
  });
});

describe("sevscale receive (the Done-when flow)", () => {
  it("prints the verified assessment translated into the UK scale, exit 0", async () => {
    expect((await assess()).code).toBe(0);
    const r = await receive();
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("signature verified (key demo-DO-NOT-USE)");
    expect(r.stdout).toContain("In gb/ncsc-2018@1.0.0");
    expect(r.stdout).toMatch(/Category \d/);
    const json = JSON.parse((await receive("--format", "json")).stdout) as {
      status: string;
      basis: string;
      via: string;
      crosswalk: { reference: { min: string; max: string }; steps: { message: string }[] };
      translations: { source: { code: string }; candidates: { code: string; explanation: string }[] }[];
    };
    expect(json.status).toBe("verified");
    expect(json.basis).toBe("facts");
    // The sample facts and the ASD mapping's crosswalk give one reference level: translated from it.
    expect(json.via).toBe("crosswalk");
    expect(json.crosswalk.reference.min).toBe(json.crosswalk.reference.max);
    expect(json.translations[0]!.source.code).toBe(json.crosswalk.reference.min);
    expect(r.stdout).toContain(`Read through the crosswalk of the sender's mapping: reference ${json.crosswalk.reference.min}`);
    expect(r.stdout).toContain(json.crosswalk.steps.at(-1)!.message);
    expect(json.translations[0]!.candidates.length).toBeGreaterThan(0);
    for (const c of json.translations[0]!.candidates) expect(c.explanation).toContain(c.code);
  });

  it("speaks French, Spanish and Portuguese", async () => {
    expect((await assess()).code).toBe(0);
    expect((await receive("--lang", "fr")).stdout).toContain("signature vérifiée");
    expect((await receive("--lang", "es")).stdout).toContain("firma verificada");
    expect((await receive("--lang", "pt")).stdout).toContain("assinatura verificada");
  });

  it("fails with exit 1 (not-verified) after a one-byte change to a.json, wherever the byte is", async () => {
    expect((await assess()).code).toBe(0);
    const original = readFileSync(out);
    // Every 23rd byte that is not white space (a white-space change leaves the canonical form alone).
    const positions = [...original.keys()].filter((i) => i % 23 === 0 && !/\s/.test(String.fromCharCode(original[i]!)));
    expect(positions.length).toBeGreaterThan(20);
    for (const i of positions) {
      const changed = Buffer.from(original);
      changed[i] = changed[i] === 0x78 ? 0x79 : 0x78;
      writeFileSync(out, changed);
      const r = await receive("--format", "json");
      expect(r.code, `byte ${i}`).toBe(1);
      expect((JSON.parse(r.stdout) as { status: string }).status).toBe("not-verified");
    }
  });

  it("is not verified without a keyring (exit 1)", async () => {
    expect((await assess()).code).toBe(0);
    const r = await runCli(["receive", out, "--as", UK, "--registry", REGISTRY, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: "not-verified", signature: { checked: false } });
  });

  it("refuses a scale digest that is not the registry's, even when correctly signed (exit 1, inconsistent)", async () => {
    expect((await assess()).code).toBe(0);
    const doc = JSON.parse(readFileSync(out, "utf8")) as { scale: { sha256: string } };
    doc.scale.sha256 = "f".repeat(64);
    writeFileSync(out, JSON.stringify(doc, null, 2));
    expect((await signFile(out, KEY)).ok).toBe(true);
    const r = await receive("--format", "json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { status: string; issues: { code: string }[] };
    expect(json.status).toBe("inconsistent");
    expect(json.issues.map((i) => i.code)).toContain("assessment_digest_mismatch");
  });

  it("finds an assessment that contradicts its own facts inconsistent (exit 1)", async () => {
    expect((await assess()).code).toBe(0);
    const doc = JSON.parse(readFileSync(out, "utf8")) as { result: { level: string } };
    doc.result.level = doc.result.level === "C1" ? "C2" : "C1";
    writeFileSync(out, JSON.stringify(doc, null, 2));
    expect((await signFile(out, KEY)).ok).toBe(true);
    const r = await receive("--format", "json");
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { issues: { code: string }[] }).issues.map((i) => i.code)).toContain("assessment_facts_disagree");
  });

  it("exits 2 when the assessment file or the registry is missing", async () => {
    expect((await receive()).code).toBe(2);
    expect((await assess()).code).toBe(0);
    expect((await runCli(["receive", out, "--as", UK, "--registry", join(tmp.dir, "nowhere"), "--keyring", KEYRING])).code).toBe(2);
  });
});
