/** Fixtures for the registry tests: small valid scales and mappings, key pairs and keyrings. */
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { KeyPair, Keyring, KeyringKey } from "@sevscale/core";
import { generateKeyPair } from "@sevscale/core";
import { writeKeyPair } from "../src/key-files.js";

/** A structurally valid scale with two levels and judgement as its method. */
export function makeScale(id: string, version = "1.0.0", status: "draft" | "active" | "superseded" | "retired" = "active", note = ""): Record<string, unknown> {
  return {
    $schema: "https://sevscale.org/schemas/1.0/scale.schema.json",
    kind: "scale",
    id,
    version,
    status,
    title: { en: `Scale ${id}${note}`, es: `Escala ${id}${note}` },
    published: "2026-03-01",
    revisionHistory: [{ version, date: "2026-03-01", summary: { en: "First version.", es: "Primera versión." } }],
    publisher: { name: { en: "Example CSIRT", es: "CSIRT de ejemplo" }, type: "state", contact: { email: "csirt@example.org" } },
    license: { id: "CC0-1.0" },
    defaultLanguage: "en",
    languages: [{ tag: "en", authoritative: true }, { tag: "es", authoritative: false }],
    direction: "ascending",
    levels: [
      { code: "L", label: { en: "Low", es: "Bajo" }, definition: { en: "Minor impact.", es: "Impacto menor." } },
      { code: "H", label: { en: "High", es: "Alto" }, definition: { en: "Severe impact.", es: "Impacto grave." } },
    ],
    dimensions: [],
    method: { kind: "judgement" },
  };
}

/** A structurally valid mapping of `subject` onto the reference scale. */
export function makeMapping(id: string, subject: string, version = "1.0.0", status: "draft" | "active" = "active"): Record<string, unknown> {
  return {
    $schema: "https://sevscale.org/schemas/1.0/mapping.schema.json",
    kind: "mapping",
    id,
    version,
    status,
    subject: { id: subject, versions: "^1.0.0" },
    object: { id: "sevscale/crs", versions: "^1.0.0" },
    authors: [{ name: "Example curator" }],
    date: "2026-04-01",
    revisionHistory: [{ version, date: "2026-04-01", summary: { en: "First version." } }],
    license: { id: "CC0-1.0" },
    defaultLanguage: "en",
    languages: [{ tag: "en", authoritative: true }],
    records: [
      { subject: "L", relation: "closeMatch", object: { min: "R1", max: "R2" }, justification: "manual-curation", confidence: 0.8 },
      { subject: "H", relation: "closeMatch", object: { min: "R4", max: "R5" }, justification: "manual-curation", confidence: 0.8 },
    ],
  };
}

/** Writes a JSON value (pretty, as people write documents) to a file, creating its folder. */
export async function writeJson(path: string, value: unknown): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
  return path;
}

/** A keyring entry for a key pair, valid from 2026 on, for the given namespaces. */
export function keyEntry(pair: KeyPair, overrides: Partial<KeyringKey> = {}): KeyringKey {
  return { kid: pair.publicJwk.kid, publisher: "Example CSIRT", jwk: pair.publicJwk, validFrom: "2026-01-01T00:00:00Z", namespaces: ["*"], ...overrides };
}

/** A keyring holding the given entries. */
export function keyringOf(...keys: KeyringKey[]): Keyring {
  return { kind: "keyring", id: "x-org.example/trusted", version: "1.0.0", keys };
}

/** Writes a source tree of `count` scales (namespaces us/gb/au) and one mapping per scale. */
export async function writeSources(dir: string, count: number): Promise<string[]> {
  const files: string[] = [];
  const namespaces = ["us", "gb", "au"];
  for (let i = 0; i < count; i++) {
    const id = `${namespaces[i % namespaces.length]}/scale-${i}`;
    files.push(await writeJson(join(dir, "scales", `scale-${i}.json`), makeScale(id)));
    files.push(await writeJson(join(dir, "mappings", `scale-${i}-to-crs.json`), makeMapping(`sevscale/scale-${i}-to-crs`, id)));
  }
  return files;
}

/** Every file under a directory (relative path → bytes), to show that something did not change. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (abs: string, rel: string): Promise<void> => {
    for (const e of await readdir(abs, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(join(abs, e.name), r);
      else out.set(r, (await readFile(join(abs, e.name))).toString("base64"));
    }
  };
  await walk(dir, "");
  return out;
}

/** A signing setup in `dir`: a key pair on disk and a keyring file trusting it for all namespaces. */
export async function signingSetup(dir: string, kid = "example-2026", overrides: Partial<KeyringKey> = {}) {
  const pair = await generateKeyPair(kid);
  const { privatePath, publicPath } = await writeKeyPair(dir, pair);
  const keyring = keyringOf(keyEntry(pair, overrides));
  const keyringPath = await writeJson(join(dir, `${kid}.keyring.json`), keyring);
  return { pair, privatePath, publicPath, keyring, keyringPath };
}
