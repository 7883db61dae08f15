import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REFERENCE_SCALE } from "@sevscale/core";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { ROOT, example, tempFolder } from "../_test-files.js";
import { displayWidth } from "../terminal.js";

const tmp = tempFolder("render");
afterAll(() => tmp.remove());

describe("sevscale render", () => {
  it("writes a scale as a self-contained HTML page with the matrix as a coloured grid (au-asd)", async () => {
    const out = join(tmp.dir, "au.html");
    const r = await runCli(["render", "examples/scales/au-asd.json", "--format", "html", "--out", out], { cwd: ROOT });
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain("<table class=\"grid\">");
    expect(html).not.toMatch(/<script|<link|src=/);
    const levels = (example("examples/scales/au-asd.json")["levels"] as { code: string }[]).map((l) => l.code);
    for (const code of levels) expect(html).toContain(`<strong>${code}</strong>`);
  });

  it("writes Markdown in the chosen language, and renders a mapping with its scale's labels", async () => {
    const md = await runCli(["render", "examples/scales/us-nciss.json", "--format", "markdown", "--lang", "es"], { cwd: ROOT });
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("## Niveles");
    const m = await runCli(["render", "examples/mappings/us-ciss-to-crs.json", "--format", "html"], { cwd: ROOT });
    expect(m.code).toBe(0);
    expect(m.stdout).toContain("<strong>5</strong> Emergency");
  });

  it("shows the related scales given with --with (their levels and bands), names the others, and refuses a scale it does not name (exit 2)", async () => {
    const impact = "examples/illustrative/scales/incident-impact.json";
    const threat = "examples/illustrative/scales/incident-threat.json";
    const alone = await runCli(["render", impact, "--format", "markdown"], { cwd: ROOT });
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain("sevscale/example-incident-threat@^1.0.0: threat scale of sevscale/example-incident-impact (not given)");
    const md = await runCli(["render", impact, "--format", "markdown", "--with", threat], { cwd: ROOT });
    expect(md.code).toBe(0);
    expect(md.stderr).toBe("");
    expect(md.stdout).toContain("**Levels of Example Republic: threat of an incident (illustrative example) (sevscale/example-incident-threat@1.0.0)**");
    // Its mapping was found beside it: each level says its band.
    expect(md.stdout).toContain("| **T4** Very high (\\#3D85C6) | A state-linked actor, or an attacker acting on its objectives inside the network. | partly overlaps R3–R5");
    const fr = await runCli(["render", impact, "--lang", "fr", "--with", threat], { cwd: ROOT });
    expect(fr.stdout).toContain("<h2>Échelles associées</h2>");
    expect(fr.stdout).toContain("<caption>Niveaux de ");
    const unrelated = await runCli(["render", impact, "--with", "examples/scales/us-ciss.json"], { cwd: ROOT });
    expect(unrelated.code).toBe(2);
    expect(unrelated.stderr).toContain("--with examples/scales/us-ciss.json is us/ciss@1.0.0, which sevscale/example-incident-impact does not name");
    expect(unrelated.stdout).toBe("");
  });

  it("reports a broken document as a finding, not a page", async () => {
    const bad = tmp.write("bad.json", { kind: "scale" });
    const r = await runCli(["render", bad], { cwd: ROOT });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
  });
});

describe("sevscale compare: folders, charts, 80 columns", () => {
  it("accepts a folder (compare examples/scales) and shows the reference once with crs among the scales", async () => {
    const r = await runCli(["compare", "examples/scales", "crs"], { cwd: ROOT, env: { COLUMNS: "80", NO_COLOR: "1" } });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    // Six examples and crs in 80 columns are one block per scale (the table needs 106): the reference is named once, each scale heads its block.
    expect(r.stdout.match(/sevscale\/crs@1\.0\.0/g)).toHaveLength(1);
    for (const id of ["au/asd", "es/guia-nacional-2020", "eu/nis2-ir-2024-2690", "gb/ncsc-2018", "us/ciss", "us/nciss"]) expect(lines).toContain(`${id}@1.0.0`);
  });

  it("fits the six examples in 80 columns", async () => {
    const r = await runCli(["compare", "examples/scales"], { cwd: ROOT, env: { COLUMNS: "80", NO_COLOR: "1" } });
    expect(r.code).toBe(0);
    for (const line of r.stdout.split("\n").filter((l) => !l.startsWith("  "))) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it("draws an SVG chart with one band per level (compare examples/scales --format svg)", async () => {
    const out = join(tmp.dir, "chart.svg");
    const r = await runCli(["compare", "examples/scales", "crs", "--format", "svg", "--out", out], { cwd: ROOT });
    expect(r.code).toBe(0);
    const svg = readFileSync(out, "utf8");
    const bands = [...svg.matchAll(/<g class="band" data-scale="([^"]+)" data-level="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(new Set(bands).size).toBe(bands.length);
    let expected = REFERENCE_SCALE.levels.length;
    for (const n of ["au-asd", "es-guia-nacional-2020", "eu-nis2-2024-2690", "gb-ncsc-2018", "us-ciss", "us-nciss"]) expected += (example(`examples/scales/${n}.json`)["levels"] as unknown[]).length;
    expect(bands).toHaveLength(expected);
    const html = await runCli(["compare", "examples/scales", "--format", "html", "--lang", "pt"], { cwd: ROOT });
    expect(html.stdout).toMatch(/<html lang="pt">[\s\S]*<svg /);
  });
});
