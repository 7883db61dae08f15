import { readdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { detectKind, locateIssues, validateDocument, validateKeyring } from "@sevscale/core";
import type { DocumentKind, LocatedIssue, Locate, ParseJsonOptions, Scale } from "@sevscale/core";
import semver from "semver";
import { readDocumentFile } from "./read-document-file.js";

/** What validating one file found. */
export interface FileReport {
  /** Absolute path. */
  readonly path: string;
  /** The document's kind; `keyring` for a keyring (checked by the core's keyring rules). */
  readonly kind: DocumentKind | "keyring" | null;
  /** No issue of severity error. */
  readonly valid: boolean;
  /** Parse issues, then validation issues, with line and column when known. */
  readonly issues: readonly LocatedIssue[];
}

/** Options of {@link validateFiles}. */
export interface ValidateFilesOptions extends ParseJsonOptions {
  /**
   * Also look for the scales a mapping refers to in `../scales/` and beside the mapping file, when
   * they are not among the files being validated (default true).
   */
  readonly findSiblingScales?: boolean;
}

interface Loaded {
  readonly path: string;
  readonly value?: unknown;
  readonly locate?: Locate;
  readonly issues: readonly LocatedIssue[];
}

async function load(path: string, options: ParseJsonOptions): Promise<Loaded> {
  const read = await readDocumentFile(path, options);
  if (!read.read) return { path, issues: locateIssues(read.issues, undefined) };
  const parsed = read.parsed;
  const issues = locateIssues(parsed.issues, parsed.locate);
  return parsed.ok ? { path, value: parsed.value, locate: parsed.locate, issues } : { path, locate: parsed.locate, issues };
}

/**
 * Valid scales by id. A mapping gets the newest version within its range; when none is within it, the
 * newest version there is, so that validation can say "found, but outside the range" rather than
 * "not found".
 */
class ScaleIndex {
  private readonly byId = new Map<string, Scale[]>();

  /** Indexes a scale that validates without errors; anything else cannot anchor a mapping. */
  add(value: unknown): void {
    if (detectKind(value) !== "scale" || !validateDocument(value, { kind: "scale" }).valid) return;
    const v = value as Scale;
    if (typeof v.id !== "string" || typeof v.version !== "string" || !semver.valid(v.version)) return;
    const list = this.byId.get(v.id) ?? [];
    if (!list.some((s) => s.version === v.version)) list.push(v);
    this.byId.set(v.id, list);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  resolve(id: string, range: string): Scale | undefined {
    const list = this.byId.get(id);
    if (!list || list.length === 0) return undefined;
    const versions = list.map((s) => s.version);
    const chosen = (semver.validRange(range) ? semver.maxSatisfying(versions, range) : null) ?? semver.rsort([...versions])[0];
    return list.find((s) => s.version === chosen);
  }
}

/** A keyring is not one of the document kinds `validateDocument` knows: it has its own checks. */
function isKeyring(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && (value as { kind?: unknown }).kind === "keyring";
}

/** The JSON files in `../scales/` and beside a mapping file, where its scales are looked for (internal). */
export async function siblingScaleFiles(mappingPath: string): Promise<string[]> {
  const out: string[] = [];
  for (const dir of [resolve(dirname(mappingPath), "..", "scales"), dirname(mappingPath)]) {
    try {
      for (const name of (await readdir(dir)).sort()) if (name.endsWith(".json")) out.push(join(dir, name));
    } catch {
      // No such folder: nothing to add.
    }
  }
  return out;
}

/**
 * Reads, parses and validates files (structure, then meaning), resolving the scales that mappings
 * and assessments refer to among the files given (and, by default, in `../scales/` and beside each), with
 * line and column for every issue. Never throws for bad input; every problem is an issue.
 */
export async function validateFiles(paths: readonly string[], options: ValidateFilesOptions = {}): Promise<FileReport[]> {
  const loaded: Loaded[] = [];
  for (const p of paths) loaded.push(await load(p, options));

  const scales = new ScaleIndex();
  for (const l of loaded) scales.add(l.value);
  if (options.findSiblingScales !== false) {
    const extra = new Set<string>();
    for (const l of loaded) {
      const kind = detectKind(l.value);
      if (kind !== "mapping" && kind !== "assessment") continue;
      // A mapping's subject scale, an assessment's scale.
      const named = kind === "mapping" ? (l.value as { subject?: { id?: unknown } }).subject : (l.value as { scale?: { id?: unknown } }).scale;
      if (typeof named?.id === "string" && !scales.has(named.id)) for (const f of await siblingScaleFiles(l.path)) extra.add(f);
    }
    for (const f of extra) {
      if (loaded.some((l) => l.path === f)) continue;
      scales.add((await load(f, options)).value);
    }
  }

  return loaded.map((l) => {
    if (l.value === undefined) return { path: l.path, kind: null, valid: false, issues: l.issues };
    if (isKeyring(l.value)) {
      const issues = [...l.issues, ...locateIssues(validateKeyring(l.value), l.locate)];
      return { path: l.path, kind: "keyring", valid: !issues.some((i) => i.severity === "error"), issues };
    }
    const result = validateDocument(l.value, { resolveScale: (id, range) => scales.resolve(id, range) });
    const issues = [...l.issues, ...locateIssues(result.issues, l.locate)];
    return { path: l.path, kind: result.kind, valid: !issues.some((i) => i.severity === "error"), issues };
  });
}
