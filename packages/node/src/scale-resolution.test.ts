/**
 * One scale resolver for every command: the same mapping gets the same findings whether
 * `validate` (validateFiles), `registry build` (buildRegistry), `registry check` (checkRegistry) or
 * a command that loads a mapping with its scale (loadScaleFor + loadDocument: translate, audit) reads it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Issue, Mapping } from "@sevscale/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeMapping, makeScale, writeJson } from "../test/registry-fixtures.js";
import { loadDocument, loadScaleFor, resolverFor } from "./load-document.js";
import { buildRegistry } from "./registry/build.js";
import { checkRegistry } from "./registry/load.js";
import { validateFiles } from "./validate-files.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-resolution-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const NOW = new Date("2026-11-23T12:00:00Z");
/** An issue without its place in a file, sorted: what must agree across commands. */
const found = (issues: readonly Issue[]) => issues.map((i) => `${i.severity} ${i.code} ${i.pointer} ${JSON.stringify(i.params)}`).sort();

/** The mapping's findings as each command sees them. */
async function findingsEverywhere(scaleVersions: readonly string[], range: string) {
  const src = join(dir, "src");
  for (const v of scaleVersions) await writeJson(join(src, "scales", `x-${v}.json`), makeScale("us/x", v));
  const mapping = { ...makeMapping("sevscale/x-to-crs", "us/x"), subject: { id: "us/x", versions: range } };
  const mappingPath = await writeJson(join(src, "mappings", "x-to-crs.json"), mapping);

  const [validated] = await validateFiles([mappingPath]);
  const built = await buildRegistry(src, join(dir, "registry"), { now: NOW });
  const fromBuild = built.issues.filter((f) => f.path === mappingPath).map((f) => f.issue);
  const checked = await checkRegistry(join(dir, "registry"));
  const fromCheck = checked.issues.filter((f) => f.path.endsWith("mapping.json")).map((f) => f.issue);
  const scale = await loadScaleFor(mappingPath, mapping as unknown as Mapping, "subject");
  const loaded = scale.ok ? await loadDocument(mappingPath, "mapping", { resolveScale: resolverFor(scale.document) }) : undefined;
  return { validate: found(validated!.issues), build: fromBuild.length > 0 || built.ok ? found(fromBuild) : ["not built"], check: found(fromCheck), load: loaded ? found(loaded.issues) : ["not loaded"], chosen: scale.ok ? scale.document.version : undefined };
}

describe("one scale resolver: validate, registry build, registry check and loadScaleFor agree", () => {
  it("within the range: the newest version that satisfies it, and no finding", async () => {
    const r = await findingsEverywhere(["1.0.0", "1.1.0", "2.0.0"], "^1.0.0");
    expect(r.chosen).toBe("1.1.0");
    expect(r.validate).toEqual([]);
    expect(r.build).toEqual(r.validate);
    expect(r.check).toEqual(r.validate);
    expect(r.load).toEqual(r.validate);
  });

  it("no version within the range: the newest there is, with the same warning everywhere", async () => {
    const r = await findingsEverywhere(["1.0.0", "2.0.0"], "^3.0.0");
    expect(r.chosen).toBe("2.0.0");
    expect(r.validate).toEqual([`warning mapping_scale_version_outside_range /subject/versions ${JSON.stringify({ id: "us/x", version: "2.0.0", range: "^3.0.0" })}`]);
    expect(r.build).toEqual(r.validate);
    expect(r.check).toEqual(r.validate);
    expect(r.load).toEqual(r.validate);
  });
});
