/**
 * Loading a registry in the browser: from a URL (the bundled example registry by default) or from
 * dropped files. Every listed document is checked with core's registry checks, the ones
 * `@sevscale/node`'s loadRegistry runs — the index entry by entry (`checkRegistryIndex`), the
 * document's validity (`checkSourceDocument`, scales found by `scaleResolverFor`), and what its entry
 * says, its digest files and its signature when a keyring is given (`checkEntryFiles`) — and every
 * failure is a finding with the path of its file. Nothing is skipped silently.
 */
import {
  DEFAULT_MAX_BYTES,
  REGISTRY_INDEX_FILE,
  checkEntryFiles,
  checkRegistryIndex,
  checkSourceDocument,
  detectKind,
  safeParseJsonDocument,
  registryPathProblem,
  safeCanonicalBytes,
  scaleResolverFor,
  sha256Hex,
  sha512Hex,
  validateKeyring,
} from "@sevscale/core";
import type { Issue, Keyring, Mapping, RegistryEntry, Scale, ScaleResolver } from "@sevscale/core";

/** Bytes read from a registry, or the coded reasons they could not be. */
export type SourceRead = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly issues: readonly Issue[] };

/** Where registry files come from: a base URL or a set of dropped files. */
export interface RegistrySource {
  /** What to show the user as the registry's origin. */
  readonly label: string;
  read(path: string, maxBytes: number): Promise<SourceRead>;
}

/** A finding about one file of the registry. */
export interface Finding {
  readonly path: string;
  readonly issue: Issue;
}

/** A document that passed every check. */
export interface VerifiedDocument<T> {
  readonly entry: RegistryEntry | null;
  readonly document: T;
}

/** What {@link loadRegistry} found. */
export interface LoadedRegistry {
  readonly label: string;
  readonly scales: readonly VerifiedDocument<Scale>[];
  readonly mappings: readonly VerifiedDocument<Mapping>[];
  /** Paths of listed documents that failed a check (and are not used). */
  readonly failed: readonly string[];
  readonly findings: readonly Finding[];
  /** True when signatures were checked against a keyring. */
  readonly signaturesChecked: boolean;
  /** False when the files had no index (their digests could not be checked). */
  readonly indexed: boolean;
  /** Count of documents listed. */
  readonly listed: number;
}

const INDEX_LIMIT = 32 * 1024 * 1024;

const fileIssue = (code: string, params: Issue["params"]): Issue => ({ code, severity: "error", pointer: "", params });

/** Reads a response body up to `maxBytes`, refusing larger ones. */
async function boundedBytes(response: Response, maxBytes: number): Promise<SourceRead> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, issues: [fileIssue("document_too_large", { bytes: declared, limit: maxBytes })] };
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > maxBytes) return { ok: false, issues: [fileIssue("document_too_large", { bytes: bytes.byteLength, limit: maxBytes })] };
  return { ok: true, bytes };
}

/** A registry served over http(s): `base` is the folder holding index.json. Paths never leave it. */
export function urlSource(base: string, label = base): RegistrySource {
  const root = new URL(base.endsWith("/") ? base : `${base}/`, globalThis.location?.href);
  return {
    label,
    async read(path, maxBytes) {
      const problem = registryPathProblem(path);
      if (problem) return { ok: false, issues: [fileIssue("registry_path_unsafe", { path, reason: problem })] };
      const target = new URL(path, root);
      if (!target.href.startsWith(root.href)) return { ok: false, issues: [fileIssue("registry_path_unsafe", { path, reason: "outside_base_url" })] };
      let response: Response;
      try {
        response = await fetch(target, { redirect: "error", cache: "no-cache" });
      } catch (error) {
        return { ok: false, issues: [fileIssue("registry_fetch_failed", { url: target.href, reason: error instanceof Error ? error.message : String(error) })] };
      }
      if (response.status === 404) return { ok: false, issues: [fileIssue("file_not_found", { path })] };
      if (!response.ok) return { ok: false, issues: [fileIssue("registry_fetch_status", { url: target.href, status: response.status })] };
      return boundedBytes(response, maxBytes);
    },
  };
}

/** A dropped file with the path it had in the dropped folder ("registry/us/nciss/1.0.0/scale.json"). */
export interface DroppedFile {
  readonly path: string;
  readonly file: Blob;
}

/** The folder (with trailing "/", or "") holding the shallowest index.json among dropped files, or null. */
export function indexRoot(files: readonly DroppedFile[]): string | null {
  let best: string | null = null;
  for (const f of files) {
    const parts = f.path.split("/");
    if (parts[parts.length - 1] !== REGISTRY_INDEX_FILE) continue;
    const dir = parts.slice(0, -1).join("/");
    const root = dir === "" ? "" : `${dir}/`;
    if (best === null || root.length < best.length) best = root;
  }
  return best;
}

/** Dropped files read as a registry rooted at `root` (see {@link indexRoot}). */
export function filesSource(files: readonly DroppedFile[], root: string, label: string): RegistrySource {
  const byPath = new Map(files.filter((f) => f.path.startsWith(root)).map((f) => [f.path.slice(root.length), f.file]));
  return {
    label,
    async read(path, maxBytes) {
      const file = byPath.get(path);
      if (!file) return { ok: false, issues: [fileIssue("file_not_found", { path })] };
      if (file.size > maxBytes) return { ok: false, issues: [fileIssue("document_too_large", { bytes: file.size, limit: maxBytes })] };
      return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
    },
  };
}

interface EntryRead {
  readonly entry: RegistryEntry;
  readonly value?: unknown;
  readonly findings: Finding[];
}

async function readEntry(source: RegistrySource, entry: RegistryEntry, keyring: Keyring | undefined): Promise<EntryRead> {
  const findings: Finding[] = [];
  const add = (path: string, issues: readonly Issue[]) => findings.push(...issues.map((issue) => ({ path, issue })));
  const read = await source.read(entry.path, DEFAULT_MAX_BYTES);
  if (!read.ok) {
    add(entry.path, read.issues);
    return { entry, findings };
  }
  const parsed = safeParseJsonDocument(read.bytes);
  if (!parsed.ok) {
    add(entry.path, parsed.issues);
    return { entry, findings };
  }
  const canonical = safeCanonicalBytes(parsed.value);
  if (!canonical.ok) {
    add(entry.path, canonical.issues);
    return { entry, findings };
  }
  const [sha256, sha512] = await Promise.all([sha256Hex(canonical.bytes), sha512Hex(canonical.bytes)]);
  // The entry, its digest files and its signature: core's one check, as `sevscale registry check` runs it.
  const files = await checkEntryFiles((path, max) => source.read(path, max), entry, parsed.value, { sha256, sha512 }, keyring ? { keyring } : {});
  findings.push(...files.findings);
  return { entry, value: parsed.value, findings };
}

function validityFindings(entry: RegistryEntry, value: unknown, resolveScale: ScaleResolver): Finding[] {
  const issues = entry.kind === "keyring" ? validateKeyring(value) : checkSourceDocument(value, { resolveScale }).issues;
  return issues.map((issue) => ({ path: entry.path, issue }));
}

const isError = (f: Finding) => f.issue.severity === "error";

/** Loads and verifies a registry from a source; never throws on bad input. */
export async function loadRegistry(source: RegistrySource, keyring?: Keyring): Promise<LoadedRegistry> {
  const findings: Finding[] = [];
  const empty = (): LoadedRegistry => ({ label: source.label, scales: [], mappings: [], failed: [], findings, signaturesChecked: false, indexed: true, listed: 0 });
  const indexRead = await source.read(REGISTRY_INDEX_FILE, INDEX_LIMIT);
  if (!indexRead.ok) {
    findings.push(...indexRead.issues.map((issue) => ({ path: REGISTRY_INDEX_FILE, issue })));
    return empty();
  }
  const parsed = safeParseJsonDocument(indexRead.bytes, { maxBytes: INDEX_LIMIT });
  if (!parsed.ok) {
    findings.push(...parsed.issues.map((issue) => ({ path: REGISTRY_INDEX_FILE, issue })));
    return empty();
  }
  const checked = checkRegistryIndex(parsed.value);
  findings.push(...checked.issues.map((issue) => ({ path: REGISTRY_INDEX_FILE, issue })));
  const reads = await Promise.all(checked.entries.map(({ entry }) => readEntry(source, entry, keyring)));
  const resolveScale = scaleResolverFor(reads.map((r) => r.value));
  const scales: VerifiedDocument<Scale>[] = [];
  const mappings: VerifiedDocument<Mapping>[] = [];
  const failed: string[] = [];
  for (const r of reads) {
    const own = r.value === undefined ? [] : validityFindings(r.entry, r.value, resolveScale);
    const all = [...own, ...r.findings];
    findings.push(...all);
    if (r.value === undefined || all.some(isError)) {
      failed.push(r.entry.path);
      continue;
    }
    if (r.entry.kind === "scale") scales.push({ entry: r.entry, document: r.value as Scale });
    else if (r.entry.kind === "mapping") mappings.push({ entry: r.entry, document: r.value as Mapping });
  }
  return { label: source.label, scales, mappings, failed, findings, signaturesChecked: keyring !== undefined, indexed: true, listed: checked.entries.length };
}

/** Loose documents (no index): each is parsed and validated; none has a digest to check. */
export async function loadLooseDocuments(files: readonly DroppedFile[], label: string): Promise<LoadedRegistry> {
  const findings: Finding[] = [];
  const values: { path: string; value: unknown }[] = [];
  for (const f of files) {
    if (!f.path.endsWith(".json")) continue;
    if (f.file.size > DEFAULT_MAX_BYTES) {
      findings.push({ path: f.path, issue: fileIssue("document_too_large", { bytes: f.file.size, limit: DEFAULT_MAX_BYTES }) });
      continue;
    }
    const parsed = safeParseJsonDocument(new Uint8Array(await f.file.arrayBuffer()));
    if (!parsed.ok) findings.push(...parsed.issues.map((issue) => ({ path: f.path, issue })));
    else values.push({ path: f.path, value: parsed.value });
  }
  const resolveScale = scaleResolverFor(values.map((v) => v.value));
  const scales: VerifiedDocument<Scale>[] = [];
  const mappings: VerifiedDocument<Mapping>[] = [];
  const failed: string[] = [];
  for (const { path, value } of values) {
    const kind = detectKind(value);
    if (kind === "registry") continue;
    const own = checkSourceDocument(value, { resolveScale }).issues.map((issue) => ({ path, issue }));
    findings.push(...own);
    if (own.some(isError)) failed.push(path);
    else if (kind === "scale") scales.push({ entry: null, document: value as Scale });
    else if (kind === "mapping") mappings.push({ entry: null, document: value as Mapping });
  }
  return { label, scales, mappings, failed, findings, signaturesChecked: false, indexed: false, listed: values.length };
}
