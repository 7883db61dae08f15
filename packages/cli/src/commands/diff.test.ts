import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { ROOT, example, tempFolder } from "../_test-files.js";
import { LANGUAGES } from "@sevscale/core";
import { cliTexts, coreLocale, loadLanguage } from "../i18n.js";

for (const lang of LANGUAGES) await loadLanguage(lang);

interface DiffJson {
  document: string;
  version: { old: string; new: string; minimum: string | null };
  required: string;
  declared: string;
  changes: { pointer: string; kind: string; bump: string; message: string }[];
  example?: { facts: Record<string, unknown>; oldLevel: string | null; newLevel: string | null };
  issues: { code: string; severity: string; file?: string; line?: number }[];
}

const tmp = tempFolder("diff");
afterAll(() => tmp.remove());

const OLD = "examples/scales/us-ciss.json";
const json = (stdout: string) => JSON.parse(stdout) as DiffJson;

/** The CISS example without its most severe level, as a new version (its criteria for that level go too). */
function withoutTopLevel(version: string): string {
  const doc = example(OLD);
  const levels = doc["levels"] as { code: string }[];
  const removed = levels.pop()!.code;
  const method = doc["method"] as { criteria?: { level: string }[] };
  if (method.criteria) method.criteria = method.criteria.filter((c) => c.level !== removed);
  doc["version"] = version;
  doc["supersedes"] = `${String(doc["id"])}@1.0.0`;
  (doc["revisionHistory"] as unknown[]).push({ version, date: "2099-01-01", summary: { en: "Level removed.", es: "Se elimina un nivel." } });
  return tmp.write(`ciss-${version}.json`, doc);
}

describe("sevscale diff", () => {
  it("requires major for a removed level and exits 1 when only minor is declared", async () => {
    const r = await runCli(["diff", OLD, withoutTopLevel("1.1.0"), "--format", "json"], { cwd: ROOT });
    expect(r.code).toBe(1);
    const out = json(r.stdout);
    expect(out).toMatchObject({ document: "scale", required: "major", declared: "minor", version: { old: "1.0.0", new: "1.1.0", minimum: "2.0.0" } });
    const removal = out.changes.find((c) => c.kind === "level-removed");
    expect(removal).toMatchObject({ bump: "major", pointer: "/levels/5" });
    expect(removal!.message.length).toBeGreaterThan(0);
    expect(out.issues.map((i) => i.code)).toContain("version_bump_insufficient");
  });

  it("prints the summary line, then the changes grouped by bump", async () => {
    const r = await runCli(["diff", OLD, withoutTopLevel("1.1.0")], { cwd: ROOT });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("required: major, declared: minor — the version must be at least 2.0.0");
    expect(r.stdout).toMatch(/^Major changes \(\d+\):$/m);
    expect(r.stdout).toContain("level removed: Level 5");
    expect(r.stdout).toMatch(/ciss-1\.1\.0\.json:\d+:\d+ error version_bump_insufficient/);
  });

  it("exits 0 when the new version declares the major bump", async () => {
    const r = await runCli(["diff", OLD, withoutTopLevel("2.0.0"), "--format", "json"], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toMatchObject({ required: "major", declared: "major" });
    const text = await runCli(["diff", OLD, withoutTopLevel("2.0.0")], { cwd: ROOT });
    expect(text.stdout).toContain("required: major, declared: major — the declared bump is enough");
  });

  it("shows an example incident when a method change changes a level", async () => {
    const doc = example("examples/scales/au-asd.json");
    const cells = (doc["method"] as { cells: { level: string }[] }).cells;
    const changed = cells.findIndex((c) => c.level === "C4");
    cells[changed]!.level = "C3";
    doc["version"] = "2.0.0";
    doc["supersedes"] = "au/asd@1.0.0";
    (doc["revisionHistory"] as unknown[]).push({ version: "2.0.0", date: "2099-01-01", summary: { en: "Cell moved.", es: "Celda movida." } });
    const file = tmp.write("asd-2.0.0.json", doc);
    const r = await runCli(["diff", "examples/scales/au-asd.json", file, "--format", "json"], { cwd: ROOT });
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out.changes.map((c) => c.kind)).toContain("method-changed");
    expect(out.example).toMatchObject({ oldLevel: "C4", newLevel: "C3" });
    const text = await runCli(["diff", "examples/scales/au-asd.json", file], { cwd: ROOT });
    expect(text.stdout).toContain("Example incident whose level changes:");
    expect(text.stdout).toContain("old version: C4, new version: C3");
  });

  it("says there are no changes between identical files (exit 0)", async () => {
    const r = await runCli(["diff", OLD, OLD], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("required: none, declared: none");
    expect(r.stdout).toContain("No changes.");
  });

  it("diffs mappings too", async () => {
    const doc = example("examples/mappings/au-asd-to-crs.json");
    const records = doc["records"] as { confidence: number }[];
    records[0]!.confidence = records[0]!.confidence === 0.5 ? 0.6 : 0.5;
    // A patch release of whatever version the example is at.
    const [major, minor, patch] = String(doc["version"]).split(".").map(Number) as [number, number, number];
    const next = `${major}.${minor}.${patch + 1}`;
    doc["supersedes"] = `${String(doc["id"])}@${String(doc["version"])}`;
    doc["version"] = next;
    (doc["revisionHistory"] as unknown[]).push({ version: next, date: "2099-01-01", summary: { en: "Confidence.", es: "Confianza." } });
    const r = await runCli(["diff", "examples/mappings/au-asd-to-crs.json", tmp.write(`mapping-${next}.json`, doc), "--format", "json"], { cwd: ROOT });
    const out = json(r.stdout);
    expect(out.document).toBe("mapping");
    expect(out.changes.map((c) => c.kind)).toContain("record-confidence-changed");
  });

  it("exits 2 for a missing file and 1 for a scale compared with a mapping", async () => {
    expect((await runCli(["diff", OLD, "nope.json"], { cwd: ROOT })).code).toBe(2);
    const mixed = await runCli(["diff", OLD, "examples/mappings/us-ciss-to-crs.json", "--format", "json"], { cwd: ROOT });
    expect(mixed.code).toBe(1);
    expect(json(mixed.stdout).issues.map((i) => i.code)).toContain("diff_kind_mismatch");
    expect((await runCli(["diff", OLD])).code).toBe(2);
  });

  it("reads a new edition under another id: the id change is said, levels align by rank, no version error (exit 0)", async () => {
    // Every level code renamed, wherever the method names it.
    const doc = JSON.parse(JSON.stringify(example("examples/scales/gb-ncsc-2018.json")).replace(/"Category (\d)"/g, '"C$1"')) as Record<string, unknown>;
    doc["id"] = "gb/ncsc-2025";
    doc["supersedes"] = "gb/ncsc-2018@1.0.0";
    // New codes and labels, same definitions: the same levels under another name, by meaning.
    for (const l of doc["levels"] as { code: string; label: Record<string, string> }[]) {
      l.label = { en: `Level ${l.code}`, es: `Nivel ${l.code}` };
    }
    const r = await runCli(["diff", "examples/scales/gb-ncsc-2018.json", tmp.write("ncsc-2025.json", doc), "--format", "json"], { cwd: ROOT });
    expect(r.code).toBe(0);
    const out = json(r.stdout) as DiffJson & { edition?: { from: string; to: string } };
    expect(out.edition).toEqual({ from: "gb/ncsc-2018", to: "gb/ncsc-2025" });
    // The new edition starts its own version history: no minimum version is derived from the old id's.
    expect((out as unknown as { version: { minimum: string | null } }).version.minimum).toBeNull();
    expect(out.changes[0]).toMatchObject({ kind: "id-changed", pointer: "/id" });
    const kinds = out.changes.map((c) => c.kind);
    expect(kinds.filter((k) => k === "level-renamed")).toHaveLength(6);
    for (const odd of ["level-split", "level-merged", "level-removed", "level-added", "level-inserted"]) expect(kinds).not.toContain(odd);
    const codes = out.issues.map((i) => i.code);
    for (const c of ["diff_id_mismatch", "version_not_increased", "version_bump_insufficient", "supersedes_not_lower"]) expect(codes).not.toContain(c);
    const text = await runCli(["diff", "examples/scales/gb-ncsc-2018.json", tmp.write("ncsc-2025.json", doc), "--lang", "fr"], { cwd: ROOT });
    expect(text.stdout).toContain("Nouvelle édition sous un autre identifiant");
  });

  it("speaks Spanish with --lang es", async () => {
    const r = await runCli(["diff", OLD, withoutTopLevel("1.1.0"), "--lang", "es"], { cwd: ROOT });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("incremento requerido: mayor, declarado: menor — la versión debe ser al menos 2.0.0");
    expect(r.stdout).toContain("Cambios que exigen una versión mayor");
    expect(r.stdout).toContain("nivel eliminado: Se eliminó el nivel");
  });

  /** A real change: a definition reworded, the top level removed, only a patch declared, no "supersedes". */
  function realChange(): string {
    const doc = example(OLD);
    const levels = doc["levels"] as { code: string; definition: Record<string, string> }[];
    for (const lang of Object.keys(levels[1]!.definition)) levels[1]!.definition[lang] += " (revised)";
    const removed = levels.pop()!.code;
    const method = doc["method"] as { criteria?: { level: string }[] };
    if (method.criteria) method.criteria = method.criteria.filter((c) => c.level !== removed);
    doc["version"] = "1.0.1";
    delete doc["supersedes"];
    (doc["revisionHistory"] as unknown[]).push({ version: "1.0.1", date: "2099-01-01", summary: { en: "Reworded." } });
    return tmp.write("ciss-real-change.json", doc);
  }

  /** Words that are codes, not prose: a change kind, a bump, the diff's marker of an absent field, a document kind. */
  const RAW = /\b(?:text-changed|level-removed|method-changed)\b|[ (](?:none|major|minor|patch)\b|\((?:none|scale|mapping|major|minor|patch)\)/;

  it.each(LANGUAGES.filter((l) => l !== "en"))("prints no code as a word in %s: bumps, change kinds, the document kind and an absent field are worded", async (lang) => {
    const file = realChange();
    const r = await runCli(["diff", OLD, file, "--lang", lang], { cwd: ROOT });
    expect(r.code).toBe(1);
    // The issue codes (version_bump_insufficient, …) stay: they are the reference into docs/error-codes.md.
    const prose = r.stdout.replace(/\b[a-z]+(?:_[a-z]+)+\b/g, "").replace(/\[\/[^\]]*\]/g, "").replace(/^ {2}\/\S*/gm, "");
    expect(prose).not.toMatch(RAW);
    expect(r.stdout).toContain(coreLocale(lang).terms.values.document.scale);
    for (const kind of ["level-removed", "text-changed", "method-changed"] as const) expect(r.stdout).toContain(cliTexts(lang).changeKind[kind]);
    for (const bump of ["major", "patch"] as const) expect(r.stdout).toContain(coreLocale(lang).terms.values.bump[bump]);
  });

  it("keeps the codes in JSON whatever the language: only the messages are translated", async () => {
    const file = realChange();
    const shape = (stdout: string) => {
      const out = JSON.parse(stdout) as Omit<DiffJson, "issues"> & { issues: { code: string; message?: string }[] };
      return { ...out, changes: out.changes.map(({ message: _m, ...rest }) => rest), issues: out.issues.map(({ message: _m, ...rest }) => rest) };
    };
    const en = await runCli(["diff", OLD, file, "--format", "json"], { cwd: ROOT });
    const out = json(en.stdout);
    expect(out).toMatchObject({ document: "scale", required: "major", declared: "patch" });
    expect(out.changes.map((c) => [c.kind, c.bump])).toEqual(expect.arrayContaining([["level-removed", "major"], ["text-changed", "patch"]]));
    expect(en.stdout).toContain("but the version declares patch");
    expect(en.stdout).toContain("it is (none).");
    for (const lang of LANGUAGES) {
      const r = await runCli(["diff", OLD, file, "--format", "json", "--lang", lang], { cwd: ROOT });
      expect(shape(r.stdout), lang).toEqual(shape(en.stdout));
    }
  });
});
