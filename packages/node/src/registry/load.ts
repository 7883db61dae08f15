import { realpath, stat } from "node:fs/promises";
import { join, sep } from "node:path";
import { LRUCache } from "lru-cache";
import type { IndexSignatureStatus, Issue, Keyring, Mapping, RegistryEntry, RegistryIndex, RegistryProvider, RegistryState, Scale, ScaleResolver } from "@sevscale/core";
import {
  CHANGES_CSV_FILE,
  CHANGES_FILE,
  DEFAULT_MAX_BYTES,
  INDEX_SIGNATURE_FILE,
  PROVIDER_METADATA_FILE,
  REGISTRY_INDEX_FILE,
  checkRegistryFreshness,
  registryRecordOf,
  checkEntryFiles,
  checkRegistryIndex,
  checkSourceDocument,
  hasErrors,
  safeParseJsonDocument,
  registryPathProblem,
  pickScaleVersion,
  safeDocumentDigest,
  sha256Hex,
  sidecarPaths,
  validateKeyring,
  verifyDocument,
} from "@sevscale/core";
import { readKeyringFile } from "../keyring-file.js";
import { readRegistryStateFile, writeRegistryStateFile } from "./state-file.js";
import { directorySource } from "./dir-source.js";
import type { HttpCache } from "./http-source.js";
import { httpSource } from "./http-source.js";
import type { RegistryFinding, RegistryProgress, RegistrySource } from "./source.js";
import { fileIssue, mapLimit } from "./source.js";

/** Options of {@link loadRegistry}. */
export interface LoadRegistryOptions {
  /** Verify signatures against this keyring (a keyring document, or the path of one). */
  readonly keyring?: Keyring | string;
  /** Instant at which signing keys must be valid (default: now). */
  readonly at?: Date;
  /** The fetch used for http(s) registries (default: the global fetch). */
  readonly fetch?: typeof fetch;
  /** Time limit of each HTTP request in milliseconds (default 30 s). */
  readonly timeoutMs?: number;
  /** Largest document accepted, in bytes (default 5 MiB). */
  readonly maxBytes?: number;
  /** Largest index accepted, in bytes (default 32 MiB). */
  readonly maxIndexBytes?: number;
  /** Documents read at once (default 8). */
  readonly concurrency?: number;
  /** Parsed documents kept after their checks, for links to the same content and mappings' scales (default 4). */
  readonly cacheDocuments?: number;
  /** Bytes (of the documents as read) kept after their checks (default twice `maxBytes`). */
  readonly cacheBytes?: number;
  /**
   * Overall time limit of loading an http(s) registry, in milliseconds (default 10 minutes): past
   * it, requests in flight are aborted, the entries not yet read are not read, and one
   * `registry_deadline_reached` error says how many were checked.
   */
  readonly deadlineMs?: number;
  readonly onProgress?: (progress: RegistryProgress) => void;
  /**
   * What is remembered between checks, by registry id: the path of a state file (read, created
   * when absent, written atomically when the index is accepted) or a state object (updated in
   * place). With it, an older index (`registry_rollback`), a removed index signature and a released
   * entry gone or changed without a withdrawal are refused. Without it, each check stands alone.
   */
  readonly state?: string | RegistryState;
  /**
   * Check the index's expiry and, with `state`, its sequence and entries (default true). A build
   * turns it off to read the registry it refreshes.
   */
  readonly freshness?: boolean;
  /** The HTTP cache of conditional requests for an http(s) registry (see {@link HttpCache}). */
  readonly httpCache?: HttpCache;
}

/** A listed document that passed every check. */
export interface LoadedDocument {
  readonly entry: RegistryEntry;
  readonly document: Scale | Mapping | Keyring;
  /** The detached JWS, when the entry lists one. */
  readonly signature?: string;
}

/** What reading a registry found, whether its documents are kept ({@link LoadedRegistry}) or only checked ({@link CheckedRegistry}). */
export interface RegistryReport {
  /** The directory (absolute) or base URL the registry paths are relative to. */
  readonly root: string;
  /** The index, with only its well-formed entries; undefined when it could not be read. */
  readonly index: RegistryIndex | undefined;
  /** The listed entries whose document failed a check, in index order. */
  readonly rejected: readonly RegistryEntry[];
  /** Every finding, each with the registry path of the file it is about. */
  readonly issues: readonly RegistryFinding[];
  /** True when no finding is an error. */
  readonly ok: boolean;
  /** How the index's own signature (`index.json.jws`) fared; undefined when the index could not be read. */
  readonly indexSignature?: IndexSignatureStatus;
}

/** What {@link loadRegistry} found: the index, the documents that verify (never a rejected one), and every finding. */
export interface LoadedRegistry extends RegistryReport {
  /** The documents that passed every check, in index order. */
  readonly documents: readonly LoadedDocument[];
}


/** The URL with any user name and password replaced by "***" (unchanged when it has none or does not parse). */
export function redactUrl(source: string): string {
  try {
    const url = new URL(source);
    if (url.username === "" && url.password === "") return source;
    url.username = "***";
    url.password = "";
    return url.href;
  } catch {
    return source;
  }
}

/** True when a source string is an http(s) URL; other schemes are refused, not read as paths. */
function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

type ParsedEntry =
  | { readonly ok: true; readonly value: unknown; readonly sha256: string; readonly sha512: string; readonly size: number }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** A parsed document held by a check until it calls `release`. */
interface Held {
  readonly key: string;
  readonly parsed: ParsedEntry;
  readonly release: () => void;
}

/** Counts of the work of a registry check (counted, never timed). */
export interface RegistryCheckStats {
  /** Times a document was parsed (each distinct content once while it stays cached). */
  readonly parsed: number;
  /** The most parsed documents held in memory at once: those being checked and those cached. */
  readonly peakHeld: number;
}

/**
 * The parsed documents of a check, by the SHA-256 of their bytes: those being checked (held until
 * released) and a few recently used ones (least recently used out, bounded by count and by bytes).
 * Entries sharing a content (links, copies) and mappings resolving the same scale parse it once,
 * while memory stays bounded by the largest few documents whatever the number of entries.
 */
class DocumentCache {
  private readonly recent: LRUCache<string, ParsedEntry>;
  private readonly pending = new Map<string, Promise<ParsedEntry>>();
  private readonly held = new Map<string, { readonly parsed: ParsedEntry; count: number }>();
  /** The content digest last read at each registry path: a cached scale is not read again. */
  private readonly byPath = new Map<string, string>();
  parsed = 0;
  peakHeld = 0;

  constructor(
    private readonly maxBytes: number,
    limits: { readonly count: number; readonly bytes: number },
  ) {
    const maxSize = Math.max(1, limits.bytes);
    this.recent = new LRUCache<string, ParsedEntry>({
      max: Math.max(1, limits.count),
      maxSize,
      // A document larger than the whole budget is simply not kept once released.
      maxEntrySize: maxSize,
      sizeCalculation: (v) => (v.ok ? Math.max(1, v.size) : 1),
    });
  }

  /** Documents held or cached right now. */
  get alive(): number {
    let n = this.held.size;
    for (const key of this.recent.keys()) if (!this.held.has(key)) n++;
    return n;
  }

  /** The document last read at a registry path when it is still in memory (held until released); no read. */
  cachedAt(path: string): Held | undefined {
    const key = this.byPath.get(path);
    if (key === undefined) return undefined;
    const parsed = this.held.get(key)?.parsed ?? this.recent.get(key);
    return parsed === undefined ? undefined : this.hold(key, parsed);
  }

  /** Parses (or finds) the document with these bytes, read at `path`, and holds it until released. */
  async acquire(path: string, bytes: Uint8Array): Promise<Held> {
    const key = await sha256Hex(bytes);
    this.byPath.set(path, key);
    const known = this.held.get(key)?.parsed ?? this.recent.get(key);
    if (known !== undefined) return this.hold(key, known);
    let pending = this.pending.get(key);
    if (pending === undefined) {
      pending = this.parse(bytes);
      this.pending.set(key, pending);
      void pending.finally(() => this.pending.delete(key));
    }
    return this.hold(key, await pending);
  }

  private async parse(bytes: Uint8Array): Promise<ParsedEntry> {
    this.parsed++;
    const json = safeParseJsonDocument(bytes, { maxBytes: this.maxBytes });
    if (!json.ok) return { ok: false, issues: json.issues };
    const digest = await safeDocumentDigest(json.value);
    if (!digest.ok) return { ok: false, issues: digest.issues };
    return { ok: true, value: json.value, sha256: digest.sha256, sha512: digest.sha512, size: bytes.length };
  }

  private hold(key: string, parsed: ParsedEntry): Held {
    const slot = this.held.get(key) ?? { parsed, count: 0 };
    slot.count++;
    this.held.set(key, slot);
    this.peakHeld = Math.max(this.peakHeld, this.alive);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      if (--slot.count > 0) return;
      this.held.delete(key);
      this.recent.set(key, parsed);
    };
    return { key, parsed, release };
  }
}

interface Context {
  readonly source: RegistrySource;
  readonly keyring: Keyring | undefined;
  readonly at: Date;
  readonly maxBytes: number;
  /** The index's well-formed entries: where a mapping's scales are looked up, by id and version. */
  readonly entries: readonly RegistryEntry[];
  readonly cache: DocumentCache;
  /** Each content's own findings by digest and kind: a content listed many times is validated once per kind. */
  readonly validated: Map<string, readonly Issue[]>;
}

/** What checking one entry gave: its findings, and whether (and how) it passed. */
interface EntryResult {
  readonly entry: RegistryEntry;
  readonly findings: readonly RegistryFinding[];
  readonly passed: boolean;
  /** The document, only when the caller keeps documents and it passed. */
  readonly document?: Scale | Mapping | Keyring;
  /** The detached JWS, only when the caller keeps documents. */
  readonly signature?: string;
  /** True when the entry's signature file was read. */
  readonly signed: boolean;
  readonly unchecked: boolean;
}

function member(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * The listed scale a mapping's side refers to, read from the registry on demand (through the cache)
 * and held until released: the listed version core's one rule picks ({@link pickScaleVersion}: the
 * newest within the range, else the newest), when its document parses and is that scale.
 * Undefined when the registry does not list one.
 */
async function resolveListedScale(ctx: Context, ref: unknown): Promise<{ readonly key: string; readonly scale: unknown; readonly held: Held } | undefined> {
  const id = member(ref, "id");
  const range = member(ref, "versions");
  if (typeof id !== "string" || typeof range !== "string") return undefined;
  const candidates = ctx.entries.filter((e) => e.kind === "scale" && e.id === id);
  const best = pickScaleVersion(
    candidates.map((e) => e.version),
    range,
  );
  const entry = best === undefined ? undefined : candidates.find((e) => e.version === best);
  if (entry === undefined) return undefined;
  let held = ctx.cache.cachedAt(entry.path);
  if (held === undefined) {
    const read = await ctx.source.read(entry.path, ctx.maxBytes);
    if (!read.ok) return undefined;
    held = await ctx.cache.acquire(entry.path, read.bytes);
  }
  const value = held.parsed.ok ? held.parsed.value : undefined;
  if (member(value, "kind") !== "scale" || member(value, "id") !== id || member(value, "version") !== best) {
    held.release();
    return undefined;
  }
  return { key: `${id}\u0000${range}`, scale: value, held };
}

/** A document's own findings (mappings against the registry's scales, resolved on demand), once per content and kind. */
async function ownFindings(ctx: Context, entry: RegistryEntry, key: string, value: unknown): Promise<readonly Issue[]> {
  const memo = `${key}\u0000${entry.kind}`;
  const known = ctx.validated.get(memo);
  if (known !== undefined) return known;
  let issues: readonly Issue[];
  if (entry.kind === "keyring") issues = validateKeyring(value);
  else {
    const sides = member(value, "kind") === "mapping" ? await Promise.all([resolveListedScale(ctx, member(value, "subject")), resolveListedScale(ctx, member(value, "object"))]) : [];
    try {
      const found = new Map(sides.flatMap((s) => (s ? [[s.key, s.scale as Scale] as const] : [])));
      const resolveScale: ScaleResolver = (id, range) => found.get(`${id}\u0000${range}`);
      issues = checkSourceDocument(value, { resolveScale }).issues;
    } finally {
      for (const s of sides) s?.held.release();
    }
  }
  ctx.validated.set(memo, issues);
  return issues;
}

/**
 * Checks one listed document — it parses, is valid, is what its entry says, its digests and digest
 * files agree, and its signature verifies — and drops it (unless `keep`): only its findings remain.
 */
async function checkEntry(ctx: Context, entry: RegistryEntry, keep: boolean): Promise<EntryResult> {
  const before: RegistryFinding[] = [];
  const after: RegistryFinding[] = [];
  const add = (list: RegistryFinding[], path: string, issues: readonly Issue[]) => list.push(...issues.map((issue) => ({ path, issue })));
  const failed = (): EntryResult => ({ entry, findings: before, passed: false, signed: false, unchecked: false });
  const read = await ctx.source.read(entry.path, ctx.maxBytes);
  if (!read.ok) {
    add(before, entry.path, read.issues);
    return failed();
  }
  const held = await ctx.cache.acquire(entry.path, read.bytes);
  try {
    const parsed = held.parsed;
    if (!parsed.ok) {
      add(before, entry.path, parsed.issues);
      return failed();
    }
    const value = parsed.value;
    const digests = { sha256: parsed.sha256, sha512: parsed.sha512 };
    // The entry, its digest files and its signature: core's one check, as the viewer runs it.
    const files = await checkEntryFiles((path, max) => ctx.source.read(path, max), entry, value, digests, { ...(ctx.keyring ? { keyring: ctx.keyring } : {}), at: ctx.at });
    after.push(...files.findings);
    const { signature, unchecked } = files;
    const own = (await ownFindings(ctx, entry, held.key, value)).map((issue) => ({ path: entry.path, issue }));
    const findings = [...before, ...own, ...after];
    const passed = !findings.some((f) => f.issue.severity === "error");
    return {
      entry,
      findings,
      passed,
      signed: signature !== undefined,
      unchecked,
      ...(passed && keep ? { document: value as Scale | Mapping | Keyring } : {}),
      ...(signature !== undefined && keep ? { signature } : {}),
    };
  } finally {
    held.release();
  }
}

/**
 * Files of the web viewer that `sevscale registry build --with-viewer` writes beside the index: a
 * published registry may carry its viewer without every page file counting as unlisted.
 */
function isViewerFile(path: string): boolean {
  return path === "index.html" || /^assets\/[A-Za-z0-9._-]+\.(?:js|css)$/.test(path);
}

/** The files an index accounts for: itself, and each entry's document, digests and signature. */
function listedFiles(entries: readonly RegistryEntry[]): Set<string> {
  const files = new Set<string>([REGISTRY_INDEX_FILE, INDEX_SIGNATURE_FILE, PROVIDER_METADATA_FILE, CHANGES_FILE, CHANGES_CSV_FILE]);
  for (const e of entries) {
    const s = sidecarPaths(e.path);
    files.add(e.path).add(s.sha256).add(s.sha512);
    if (e.signature !== undefined) files.add(e.signature);
  }
  return files;
}

/** A listed document that passed every check, as {@link checkRegistry} reports it (the document itself is not kept). */
export interface CheckedEntry {
  readonly entry: RegistryEntry;
  /** True when the entry lists a signature and its file was read (verified when a keyring was given). */
  readonly signed: boolean;
}

/** What {@link checkRegistry} found: like {@link LoadedRegistry}, without the documents, with counts of the work. */
export interface CheckedRegistry extends RegistryReport {
  /** The entries whose document passed every check, in index order. */
  readonly passed: readonly CheckedEntry[];
  readonly stats: RegistryCheckStats;
}

interface Outcome {
  readonly root: string;
  readonly index: RegistryIndex | undefined;
  readonly results: readonly EntryResult[];
  readonly issues: readonly RegistryFinding[];
  readonly stats: RegistryCheckStats;
  readonly indexSignature?: IndexSignatureStatus;
  /** The digests of the index's canonical form (what an aggregate lists of a member). */
  readonly indexDigests?: { readonly sha256: string; readonly sha512: string };
}

/** Opens a registry source, or says why it cannot. */
async function openSource(source: string, options: LoadRegistryOptions): Promise<{ ok: true; src: RegistrySource; deadline?: { signal: AbortSignal; ms: number } } | { ok: false; root: string; finding: RegistryFinding }> {
  if (isUrl(source)) {
    const shown = redactUrl(source);
    // Credentials in a URL end up in logs and messages: refused, and never printed.
    if (shown !== source) return { ok: false, root: shown, finding: { path: shown, issue: fileIssue("registry_url_credentials", { url: shown }) } };
    const ms = options.deadlineMs ?? 10 * 60 * 1000;
    const deadline = { signal: AbortSignal.timeout(ms), ms };
    try {
      const src = httpSource(source, {
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        signal: deadline.signal,
        ...(options.httpCache ? { cache: options.httpCache } : {}),
      });
      return { ok: true, src, deadline };
    } catch {
      return { ok: false, root: source, finding: { path: source, issue: fileIssue("registry_source_unsupported", { source }) } };
    }
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(source)) return { ok: false, root: source, finding: { path: source, issue: fileIssue("registry_source_unsupported", { source }) } };
  const info = await stat(source).catch(() => undefined);
  if (!info?.isDirectory()) return { ok: false, root: source, finding: { path: source, issue: info ? fileIssue("registry_source_unsupported", { source }) : fileIssue("file_not_found", { path: source }) } };
  return { ok: true, src: await directorySource(source) };
}

/**
 * The one registry check, entry by entry: each document is read, parsed, checked and dropped
 * (kept only when `keep`), a mapping's scales are read on demand through a small cache, and only
 * findings accumulate. {@link loadRegistry} and {@link checkRegistry} are both this.
 */
async function runRegistry(source: string, options: LoadRegistryOptions, keep: boolean, depth = 0): Promise<Outcome> {
  const findings: RegistryFinding[] = [];
  const noStats = { parsed: 0, peakHeld: 0 };
  const opened = await openSource(source, options);
  if (!opened.ok) return { root: opened.root, index: undefined, results: [], issues: [opened.finding], stats: noStats };
  const { src, deadline } = opened;

  let keyring: Keyring | undefined;
  if (typeof options.keyring === "string") {
    const ring = await readKeyringFile(options.keyring);
    // Without a usable keyring nothing can be verified: say so, and check everything else.
    if (!ring.ok) findings.push(...ring.issues.map((issue) => ({ path: options.keyring as string, issue })));
    else keyring = ring.keyring;
  } else keyring = options.keyring;

  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxIndexBytes = options.maxIndexBytes ?? 32 * 1024 * 1024;
  const indexRead = await src.read(REGISTRY_INDEX_FILE, maxIndexBytes);
  const parsed = indexRead.ok ? safeParseJsonDocument(indexRead.bytes, { maxBytes: maxIndexBytes }) : indexRead;
  if (!parsed.ok) {
    findings.push(...parsed.issues.map((issue) => ({ path: REGISTRY_INDEX_FILE, issue })));
    return { root: src.root, index: undefined, results: [], issues: findings, stats: noStats };
  }
  const checked = checkRegistryIndex(parsed.value);
  findings.push(...checked.issues.map((issue) => ({ path: REGISTRY_INDEX_FILE, issue })));
  const entries = checked.entries.map((e) => e.entry);
  const at = options.at ?? new Date();
  const fresh = await indexFreshness(src, parsed.value, checked.index, keyring, at, options);
  findings.push(...fresh.findings);

  const cache = new DocumentCache(maxBytes, { count: options.cacheDocuments ?? 4, bytes: options.cacheBytes ?? 2 * maxBytes });
  const ctx: Context = { source: src, keyring, at, maxBytes, entries, cache, validated: new Map() };
  const total = entries.length;
  let count = 0;
  let late = 0;
  const results = await mapLimit(entries, options.concurrency ?? 8, async (entry): Promise<EntryResult> => {
    if (deadline?.signal.aborted) {
      late++;
      return { entry, findings: [], passed: false, signed: false, unchecked: false };
    }
    const r = await checkEntry(ctx, entry, keep);
    options.onProgress?.({ phase: "check", done: ++count, total });
    return r;
  });
  if (deadline?.signal.aborted) {
    findings.push({ path: REGISTRY_INDEX_FILE, issue: fileIssue("registry_deadline_reached", { seconds: Math.round(deadline.ms / 1000), checked: total - late, total }) });
  }
  for (const r of results) findings.push(...r.findings);
  const unchecked = results.filter((r) => r.unchecked).length + (fresh.signature === "unchecked" ? 1 : 0);
  if (unchecked > 0) findings.push({ path: REGISTRY_INDEX_FILE, issue: { code: "registry_signatures_unchecked", severity: "info", pointer: "", params: { count: unchecked } } });

  const providers = depth === 0 ? (checked.index?.providers ?? []) : [];
  const members = await checkProviders(src.root, providers, options, keep);
  findings.push(...members.findings);
  const memberResults = members.results;

  if (src.list) {
    const listed = listedFiles(entries);
    const inMember = (file: string) => providers.some((p) => file.startsWith(`${p.path}/`));
    for (const file of await src.list()) {
      if (!listed.has(file) && !isViewerFile(file) && !inMember(file)) findings.push({ path: file, issue: { code: "registry_file_unlisted", severity: "warning", pointer: "", params: { path: file } } });
    }
  }
  const indexDigests = checked.index !== undefined ? await canonicalDigests(parsed.value) : undefined;
  return {
    root: src.root,
    index: checked.index,
    results: [...results, ...memberResults],
    issues: findings,
    stats: { parsed: cache.parsed, peakHeld: cache.peakHeld },
    indexSignature: fresh.signature,
    ...(indexDigests ? { indexDigests } : {}),
  };
}

async function canonicalDigests(value: unknown): Promise<{ sha256: string; sha512: string } | undefined> {
  const d = await safeDocumentDigest(value);
  return d.ok ? { sha256: d.sha256, sha512: d.sha512 } : undefined;
}

/**
 * The member registries of an aggregate, each checked as a registry of its own (its index
 * signature, freshness and state, every document) in its folder, and compared with what the
 * aggregate lists of it (`registry_provider_mismatch`: the digests of its index, its sequence).
 * Findings and entries carry the member's folder in their paths.
 */
async function checkProviders(root: string, providers: readonly RegistryProvider[], options: LoadRegistryOptions, keep: boolean): Promise<{ findings: RegistryFinding[]; results: EntryResult[] }> {
  const findings: RegistryFinding[] = [];
  const results: EntryResult[] = [];
  const url = isUrl(root);
  const realRoot = url ? root : await realpath(root).catch(() => root);
  for (const p of providers) {
    const problem = registryPathProblem(p.path);
    if (problem !== undefined) {
      findings.push({ path: REGISTRY_INDEX_FILE, issue: fileIssue("registry_path_unsafe", { path: p.path, reason: problem }) });
      continue;
    }
    let location: string;
    if (url) location = new URL(`${p.path}/`, root).href;
    else {
      location = join(root, p.path);
      const real = await realpath(location).catch(() => location);
      if (!real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep)) {
        findings.push({ path: p.path, issue: fileIssue("registry_path_unsafe", { path: p.path, reason: "link_outside_root" }) });
        continue;
      }
    }
    const member = await runRegistry(location, options, keep, 1);
    findings.push(...member.issues.map((f) => ({ path: `${p.path}/${f.path}`, issue: f.issue })));
    const mismatch = (name: string, listed: unknown, actual: unknown) =>
      findings.push({ path: `${p.path}/${REGISTRY_INDEX_FILE}`, issue: fileIssue("registry_provider_mismatch", { member: name, listed: String(listed), actual: String(actual), path: p.path }) });
    if (member.index !== undefined) {
      if (member.index.id !== p.id) mismatch("id", p.id, member.index.id);
      if ((member.index.sequence ?? "none") !== (p.sequence ?? "none")) mismatch("sequence", p.sequence ?? "none", member.index.sequence ?? "none");
      if (member.indexDigests?.sha256 !== p.digests.sha256) mismatch("SHA-256", p.digests.sha256, member.indexDigests?.sha256 ?? "none");
    }
    results.push(...member.results.map((r) => ({ ...r, entry: { ...r.entry, path: `${p.path}/${r.entry.path}` } })));
  }
  return { findings, results };
}

const INDEX_SIGNATURE_LIMIT = 64 * 1024;
const decoder = new TextDecoder("utf-8", { fatal: false });

/** The index's detached signature (`index.json.jws`): verified with the keyring, present but unchecked, absent, or invalid (with its findings). */
async function indexSignature(src: RegistrySource, value: unknown, keyring: Keyring | undefined, at: Date): Promise<{ status: IndexSignatureStatus; findings: RegistryFinding[] }> {
  const file = await src.read(INDEX_SIGNATURE_FILE, INDEX_SIGNATURE_LIMIT);
  if (!file.ok) {
    // Absent is an old (or unsigned) index; a file that exists and cannot be read is a failure.
    const absent = file.issues.every((i) => i.code === "file_not_found" || (i.code === "registry_fetch_status" && i.params["status"] === 404));
    return absent ? { status: "absent", findings: [] } : { status: "invalid", findings: file.issues.map((issue) => ({ path: INDEX_SIGNATURE_FILE, issue })) };
  }
  if (!keyring) return { status: "unchecked", findings: [] };
  const result = await verifyDocument(value, decoder.decode(file.bytes).trim(), keyring, { at });
  return result.valid ? { status: "verified", findings: [] } : { status: "invalid", findings: result.issues.map((issue) => ({ path: INDEX_SIGNATURE_FILE, issue })) };
}

/**
 * The index as a whole: its signature, its expiry, and (with a state) its sequence and entries
 * against what was remembered of this registry. When none of that is an error, the index is
 * remembered (and the state file written).
 */
async function indexFreshness(
  src: RegistrySource,
  value: unknown,
  index: RegistryIndex | undefined,
  keyring: Keyring | undefined,
  at: Date,
  options: LoadRegistryOptions,
): Promise<{ signature: IndexSignatureStatus; findings: RegistryFinding[] }> {
  const signed = await indexSignature(src, value, keyring, at);
  const findings = [...signed.findings];
  if (index === undefined || options.freshness === false) return { signature: signed.status, findings };
  let state: RegistryState | undefined;
  if (typeof options.state === "string") {
    const read = await readRegistryStateFile(options.state);
    if (read.ok) state = read.state;
    else findings.push(...read.issues.map((issue) => ({ path: options.state as string, issue })));
  } else state = options.state;
  const issues = checkRegistryFreshness(index, state?.registries[index.id], { at, signature: signed.status });
  findings.push(...issues.map((issue) => ({ path: REGISTRY_INDEX_FILE, issue })));
  if (state !== undefined && !hasErrors(findings.map((f) => f.issue))) {
    state.registries[index.id] = registryRecordOf(index, signed.status);
    if (typeof options.state === "string") {
      const path = options.state;
      await writeRegistryStateFile(path, state).catch((error: { code?: unknown }) =>
        findings.push({ path, issue: fileIssue("registry_state_invalid", { path, detail: typeof error.code === "string" ? error.code : "write failed" }) }),
      );
    }
  }
  return { signature: signed.status, findings };
}

/**
 * Loads a registry from a directory or an http(s) URL and checks all of it: the index (safely
 * parsed, entry by entry), then EVERY listed document — its validity (mappings against the
 * registry's own scales), that it is what its entry says, its SHA-256/SHA-512 against the index and against its `.sha256`/`.sha512` files, and its
 * signature (against `options.keyring`: a failing or missing listed signature is an error, and so
 * is an unsigned document of a namespace the keyring has keys for, `document_signature_required`;
 * an unsigned document no key could sign is a warning). A document with any error is never in
 * `documents`: its entry is in `rejected`. Files in the directory that the index does not list are warnings.
 * Nothing is skipped silently: every failure is a finding with the path of its file. Paths that
 * would leave the registry are refused before anything is read. Never throws on bad input.
 * It keeps every document that passed; to check a registry of any size in bounded memory, use
 * {@link checkRegistry} (the same check, without keeping the documents).
 */
export async function loadRegistry(source: string, options: LoadRegistryOptions = {}): Promise<LoadedRegistry> {
  const outcome = await runRegistry(source, options, true);
  const documents: LoadedDocument[] = [];
  const rejected: RegistryEntry[] = [];
  for (const r of outcome.results) {
    if (r.passed && r.document !== undefined) documents.push({ entry: r.entry, document: r.document, ...(r.signature !== undefined ? { signature: r.signature } : {}) });
    else rejected.push(r.entry);
  }
  return {
    root: outcome.root,
    index: outcome.index,
    documents,
    rejected,
    issues: outcome.issues,
    ok: !hasErrors(outcome.issues.map((f) => f.issue)),
    ...(outcome.indexSignature !== undefined ? { indexSignature: outcome.indexSignature } : {}),
  };
}

/**
 * Checks a registry exactly as {@link loadRegistry} does, streaming: each listed document is read,
 * checked and dropped, and a mapping's scales are read back from the registry on demand through a
 * small cache (least recently used out, `cacheDocuments` documents and `cacheBytes` bytes at most),
 * so memory is bounded by the largest few documents (about `concurrency` + `cacheDocuments`), not
 * by the number of entries. Returns the findings, the entries that passed and counts of the work.
 * Never throws on bad input.
 *
 * @example
 * const checked = await checkRegistry("registry", { keyring: "keyring.json" });
 * if (!checked.ok) for (const f of checked.issues) show(f.path, f.issue);
 */
export async function checkRegistry(source: string, options: LoadRegistryOptions = {}): Promise<CheckedRegistry> {
  const outcome = await runRegistry(source, options, false);
  const passed: CheckedEntry[] = [];
  const rejected: RegistryEntry[] = [];
  for (const r of outcome.results) {
    if (r.passed) passed.push({ entry: r.entry, signed: r.signed });
    else rejected.push(r.entry);
  }
  return {
    root: outcome.root,
    index: outcome.index,
    passed,
    rejected,
    issues: outcome.issues,
    ok: !hasErrors(outcome.issues.map((f) => f.issue)),
    stats: outcome.stats,
    ...(outcome.indexSignature !== undefined ? { indexSignature: outcome.indexSignature } : {}),
  };
}
