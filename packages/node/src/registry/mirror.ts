import { lstat, mkdir, readFile, rename, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { Issue, Keyring, Progress, RegistryEntry, RegistryIndex, RegistryProvider, RegistryState } from "@sevscale/core";
import {
  CHANGES_CSV_FILE,
  CHANGES_FILE,
  DocumentIdSchema,
  INDEX_SIGNATURE_FILE,
  PROVIDER_METADATA_FILE,
  ProviderMetadataSchema,
  REGISTRY_INDEX_FILE,
  assertDocumentSignature,
  buildRegistryIndex,
  checkRegistryIndex,
  clipText,
  emptyRegistryState,
  safeParseJsonDocument,
  registryPathProblem,
  safeCanonicalBytes,
  sha256Hex,
  sha512Hex,
  sidecarPaths,
} from "@sevscale/core";
import { writeFileAtomic } from "../atomic-write.js";
import { readJwkFile } from "../key-files.js";
import { readKeyringFile } from "../keyring-file.js";
import type { HttpCache } from "./http-source.js";
import { httpSource } from "./http-source.js";
import { checkRegistry, redactUrl } from "./load.js";
import type { RegistryFinding, RegistryProgress, RegistrySource } from "./source.js";
import { fileIssue } from "./source.js";
import { readRegistryStateFile, writeRegistryStateFile } from "./state-file.js";

/** Options of {@link mirrorRegistries}. */
export interface MirrorOptions {
  /** The keyring holding the members' keys (a keyring, or the path of one): each member is verified with it. */
  readonly keyring?: Keyring | string;
  /** What is remembered of each member between runs (a state file path, or a state object updated in place): a rolled-back member is refused. */
  readonly state?: string | RegistryState;
  /** The HTTP cache of conditional requests (unchanged files answer 304). */
  readonly cache?: HttpCache;
  /** The reader's instant: expiry and keys are checked at it (default: now). */
  readonly at?: Date;
  /** The aggregate's own id (default: the existing aggregate's, else "local/aggregate"). */
  readonly id?: string;
  /** Signs the aggregate index with this private JWK file. */
  readonly signWith?: string;
  /** The fetch to use (tests, proxies). */
  readonly fetch?: typeof fetch;
  /** Time limit of each request, in milliseconds. */
  readonly timeoutMs?: number;
  /**
   * Called for each member after each of its listed entries is fetched or reused (phase `fetch`),
   * then after each is verified (phase `check`); never changes the result.
   */
  readonly onProgress?: (progress: MirrorProgress) => void;
}

/** Progress of a mirror: core's one {@link Progress} shape, for the member `member` (0-based) of `members`. */
export interface MirrorProgress extends Progress {
  readonly phase: "fetch" | "check";
  readonly total: number;
  /** The member being mirrored: its position among the provider URLs given (0-based). */
  readonly member: number;
  /** How many provider URLs were given. */
  readonly members: number;
}

/** What happened to one member. */
export interface MirroredMember {
  /** The URL as given. */
  readonly url: string;
  /** The member registry's id, when its index could be read. */
  readonly id?: string;
  /** Where its files are in the aggregate. */
  readonly path?: string;
  readonly status: "mirrored" | "refused";
  readonly sequence?: number;
  /** Files fetched over the network (a 304 answer counts: it is a request). */
  readonly fetched: number;
  /** Files copied from the previous copy, not requested: their entry did not change. */
  readonly reused: number;
}

/** Outcome of {@link mirrorRegistries}. */
export interface MirrorResult {
  /** True when every member was mirrored. */
  readonly ok: boolean;
  /** The aggregate index written (or kept). */
  readonly index: RegistryIndex | undefined;
  readonly members: readonly MirroredMember[];
  /** Every finding; a member's findings carry its URL in their path. */
  readonly issues: readonly RegistryFinding[];
}

/** Where members are stored in the aggregate. */
const PROVIDERS_FOLDER = "providers";
/** Where a member is assembled before it is verified and swapped in. */
const STAGING_FOLDER = ".mirror-staging";
const DEFAULT_ID = "local/aggregate";
const INDEX_LIMIT = 32 * 1024 * 1024;
const DOCUMENT_LIMIT = 5 * 1024 * 1024;
const SMALL_LIMIT = 64 * 1024;
const DAY = 24 * 60 * 60 * 1000;

/** The provider metadata URL and the member's base URL, from either the metadata URL or the registry's base URL. */
function metadataUrl(given: string): URL {
  const url = new URL(given);
  if (url.pathname.endsWith(".json")) return url;
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return new URL(PROVIDER_METADATA_FILE, url);
}

function sameEntry(a: RegistryEntry | undefined, b: RegistryEntry): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

/** The index at `dir/index.json`, when it is there and well formed. */
async function readIndex(dir: string): Promise<RegistryIndex | undefined> {
  try {
    const json = safeParseJsonDocument(new Uint8Array(await readFile(join(dir, REGISTRY_INDEX_FILE))), { maxBytes: INDEX_LIMIT });
    return json.ok ? checkRegistryIndex(json.value).index : undefined;
  } catch {
    return undefined;
  }
}

/** The digests of a value's canonical form. */
async function canonicalDigests(value: unknown): Promise<{ sha256: string; sha512: string } | undefined> {
  const c = safeCanonicalBytes(value);
  return c.ok ? { sha256: await sha256Hex(c.bytes), sha512: await sha512Hex(c.bytes) } : undefined;
}

interface Fetched {
  readonly id: string;
  readonly index: RegistryIndex;
  readonly digests: { sha256: string; sha512: string };
  readonly fetched: number;
  readonly reused: number;
}

/**
 * Assembles one member in `staging`: its metadata, index, index signature, change feeds, and every
 * listed file byte for byte — fetched, or copied from `previousDir` when its entry did not change.
 */
async function assemble(
  given: string,
  staging: string,
  previousOf: (id: string) => Promise<{ dir: string; index: RegistryIndex } | undefined>,
  options: MirrorOptions,
  onEntry?: (done: number, total: number) => void,
): Promise<{ ok: true; value: Fetched } | { ok: false; issues: Issue[] }> {
  let meta: URL;
  try {
    meta = metadataUrl(given);
  } catch {
    return { ok: false, issues: [fileIssue("registry_provider_invalid", { url: clipText(given, 300), detail: "not a URL" })] };
  }
  if (!/^https?:$/.test(meta.protocol) || redactUrl(meta.href) !== meta.href) return { ok: false, issues: [fileIssue("registry_provider_invalid", { url: redactUrl(meta.href), detail: "not a plain http(s) URL" })] };
  const http = { ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}), ...(options.cache ? { cache: options.cache } : {}) };
  const metaDir = new URL(".", meta);
  const metaName = meta.pathname.slice(meta.pathname.lastIndexOf("/") + 1);
  let fetched = 0;
  const metaRead = await httpSource(metaDir.href, http).read(metaName, SMALL_LIMIT);
  fetched++;
  if (!metaRead.ok) return { ok: false, issues: [...metaRead.issues] };
  const json = safeParseJsonDocument(metaRead.bytes, { maxBytes: SMALL_LIMIT });
  const parsed = json.ok ? ProviderMetadataSchema.safeParse(json.value) : undefined;
  if (!parsed?.success) return { ok: false, issues: [fileIssue("registry_provider_invalid", { url: meta.href, detail: json.ok ? "not provider metadata" : (json.issues[0]?.code ?? "invalid JSON") })] };
  let indexUrl: URL;
  try {
    indexUrl = new URL(parsed.data.index, meta);
  } catch {
    return { ok: false, issues: [fileIssue("registry_provider_invalid", { url: meta.href, detail: "index is not a URL" })] };
  }
  if (indexUrl.origin !== meta.origin || !indexUrl.pathname.endsWith(`/${REGISTRY_INDEX_FILE}`)) {
    return { ok: false, issues: [fileIssue("registry_provider_invalid", { url: meta.href, detail: "index is not an index.json on the provider's own origin" })] };
  }
  const source: RegistrySource = httpSource(indexUrl.href, http);

  const files = new Map<string, Uint8Array>();
  const get = async (path: string, limit: number, optional = false): Promise<Issue[]> => {
    const read = await source.read(path, limit);
    fetched++;
    if (read.ok) {
      files.set(path, read.bytes);
      return [];
    }
    const absent = read.issues.every((i) => i.code === "registry_fetch_status" && i.params["status"] === 404);
    return optional && absent ? [] : [...read.issues];
  };
  const indexIssues = await get(REGISTRY_INDEX_FILE, INDEX_LIMIT);
  if (indexIssues.length > 0) return { ok: false, issues: indexIssues };
  const indexJson = safeParseJsonDocument(files.get(REGISTRY_INDEX_FILE)!, { maxBytes: INDEX_LIMIT });
  const checked = indexJson.ok ? checkRegistryIndex(indexJson.value) : undefined;
  if (!indexJson.ok || checked?.index === undefined) return { ok: false, issues: indexJson.ok ? [...checked!.issues] : [...indexJson.issues] };
  const index = checked.index;
  if (index.providers !== undefined) return { ok: false, issues: [fileIssue("registry_provider_invalid", { url: meta.href, detail: "an aggregate cannot be a member" })] };
  if (index.id !== parsed.data.id) return { ok: false, issues: [fileIssue("registry_provider_invalid", { url: meta.href, detail: `metadata names ${parsed.data.id}, the index ${index.id}` })] };
  const issues: Issue[] = [...(await get(INDEX_SIGNATURE_FILE, SMALL_LIMIT, true)), ...(await get(CHANGES_FILE, INDEX_LIMIT, true)), ...(await get(CHANGES_CSV_FILE, INDEX_LIMIT, true))];
  files.set(PROVIDER_METADATA_FILE, metaRead.bytes);

  const previous = await previousOf(index.id);
  const before = new Map((previous?.index.documents ?? []).map((e) => [e.path, e] as const));
  let reused = 0;
  const entries = checked.entries.map((e) => e.entry);
  for (const [n, entry] of entries.entries()) {
    const s = sidecarPaths(entry.path);
    const paths: [string, number][] = [[entry.path, DOCUMENT_LIMIT], [s.sha256, SMALL_LIMIT], [s.sha512, SMALL_LIMIT], ...(entry.signature !== undefined ? ([[entry.signature, SMALL_LIMIT]] as [string, number][]) : [])];
    if (previous && sameEntry(before.get(entry.path), entry)) {
      // The entry did not change: its files are the ones already mirrored (verified again below).
      try {
        for (const [p] of paths) files.set(p, new Uint8Array(await readFile(join(previous.dir, p))));
        reused += paths.length;
        onEntry?.(n + 1, entries.length);
        continue;
      } catch {
        // Missing locally: fetched instead.
      }
    }
    for (const [p, limit] of paths) issues.push(...(await get(p, limit)));
    onEntry?.(n + 1, entries.length);
  }
  if (issues.length > 0) return { ok: false, issues };

  await rm(staging, { recursive: true, force: true });
  for (const [path, bytes] of files) {
    await mkdir(dirname(join(staging, path)), { recursive: true });
    await writeFileAtomic(join(staging, path), bytes);
  }
  const digests = await canonicalDigests(indexJson.value);
  if (digests === undefined) return { ok: false, issues: [fileIssue("registry_provider_invalid", { url: meta.href, detail: "index has no canonical form" })] };
  return { ok: true, value: { id: index.id, index, digests, fetched, reused } };
}

/**
 * Builds or updates a regional aggregate in `outDir` (the CSAF aggregator pattern): for each
 * provider URL (its `.well-known/sevscale.json`, or the registry's base URL), fetches the member's
 * registry, keeps its files byte for byte under `providers/<registry id>/`, verifies it there as
 * `registry check` would (with the keyring; against the state, so an older index is refused; its
 * expiry), and writes an aggregate `index.json` listing the providers with their index digests
 * and sequences. A member that fails is refused with its findings, and the aggregate keeps the
 * copy it had of it; the others are mirrored. Running it again requests only what changed:
 * entries whose listing did not change are copied from the previous copy, and with a cache the
 * index and metadata are conditional requests. Never throws on bad input.
 */
export async function mirrorRegistries(providers: readonly string[], outDir: string, options: MirrorOptions = {}): Promise<MirrorResult> {
  const out = resolve(outDir);
  const issues: RegistryFinding[] = [];
  const members: MirroredMember[] = [];
  if (options.id !== undefined && !DocumentIdSchema.safeParse(options.id).success) {
    return { ok: false, index: undefined, members, issues: [{ path: outDir, issue: fileIssue("registry_argument_invalid", { option: "--id", value: clipText(options.id, 100), expected: "<namespace>/<name>" }) }] };
  }
  let keyring: Keyring | undefined;
  if (typeof options.keyring === "string") {
    const ring = await readKeyringFile(options.keyring);
    if (!ring.ok) return { ok: false, index: undefined, members, issues: ring.issues.map((issue) => ({ path: options.keyring as string, issue })) };
    keyring = ring.keyring;
  } else keyring = options.keyring;
  let state: RegistryState;
  if (typeof options.state === "string") {
    const read = await readRegistryStateFile(options.state);
    if (!read.ok) return { ok: false, index: undefined, members, issues: read.issues.map((issue) => ({ path: options.state as string, issue })) };
    state = read.state;
  } else state = options.state ?? emptyRegistryState();

  await mkdir(out, { recursive: true });
  await rm(join(out, STAGING_FOLDER), { recursive: true, force: true });
  const previousAggregate = await readIndex(out);
  const previousProviders = new Map((previousAggregate?.providers ?? []).map((p) => [p.id, p] as const));
  const previousOf = async (id: string) => {
    const p = previousProviders.get(id);
    if (p === undefined) return undefined;
    const dir = join(out, p.path);
    const index = await readIndex(dir);
    return index === undefined ? undefined : { dir, index };
  };

  const listed = new Map<string, RegistryProvider>();
  for (const [i, given] of providers.entries()) {
    const shown = redactUrl(given);
    const staging = join(out, STAGING_FOLDER, String(i));
    const refuse = (found: readonly Issue[], id?: string, counts = { fetched: 0, reused: 0 }) => {
      issues.push(...found.map((issue) => ({ path: shown, issue })));
      // The copy it had: by id, else (its index could not even be read) by the URL it came from.
      const kept = id !== undefined ? previousProviders.get(id) : [...previousProviders.values()].find((p) => p.url === given);
      if (kept !== undefined && !listed.has(kept.id)) listed.set(kept.id, kept);
      issues.push({ path: shown, issue: fileIssue("registry_provider_refused", { url: shown, kept: kept?.sequence ?? "—" }) });
      const known = id ?? kept?.id;
      members.push({ url: given, ...(known !== undefined ? { id: known } : {}), status: "refused", ...counts });
    };
    const progress = (phase: MirrorProgress["phase"]) => (done: number, total: number) => options.onProgress?.({ phase, done, total, member: i, members: providers.length });
    const got = await assemble(given, staging, previousOf, options, options.onProgress && progress("fetch"));
    if (!got.ok) {
      refuse(got.issues);
      continue;
    }
    const { id, index, digests, fetched, reused } = got.value;
    const path = `${PROVIDERS_FOLDER}/${id}`;
    if (listed.has(id) && members.some((m) => m.id === id && m.status === "mirrored")) {
      refuse([fileIssue("registry_provider_duplicate", { id, url: shown })], undefined, { fetched, reused });
      continue;
    }
    if (registryPathProblem(path) !== undefined) {
      refuse([fileIssue("registry_path_unsafe", { path, reason: registryPathProblem(path)! })], undefined, { fetched, reused });
      continue;
    }
    // Verified where it lies, as `registry check` would; remembered only when accepted.
    const trial = structuredClone(state);
    const onCheck = progress("check");
    const checked = await checkRegistry(staging, {
      ...(keyring ? { keyring } : {}),
      ...(options.at ? { at: options.at } : {}),
      state: trial,
      ...(options.onProgress ? { onProgress: (p: RegistryProgress) => onCheck(p.done, p.total) } : {}),
    });
    // The member's findings, each with the member's URL and the file it is about.
    issues.push(...checked.issues.map((f) => ({ path: `${shown} ${f.path}`, issue: f.issue })));
    if (!checked.ok) {
      refuse([], id, { fetched, reused });
      continue;
    }
    Object.assign(state.registries, trial.registries);
    const final = join(out, path);
    const old = `${staging}.old`;
    if (await exists(final)) await rename(final, old);
    await mkdir(dirname(final), { recursive: true });
    await rename(staging, final);
    await rm(old, { recursive: true, force: true });
    listed.set(id, { id, url: given, path, ...(index.sequence !== undefined ? { sequence: index.sequence } : {}), digests });
    members.push({ url: given, id, path, status: "mirrored", ...(index.sequence !== undefined ? { sequence: index.sequence } : {}), fetched, reused });
  }
  await rm(join(out, STAGING_FOLDER), { recursive: true, force: true });
  // Members no longer listed leave the aggregate.
  for (const p of previousProviders.values()) if (!listed.has(p.id)) await rm(join(out, p.path), { recursive: true, force: true });

  const index = await writeAggregate(out, previousAggregate, [...listed.values()], options, issues);
  if (typeof options.state === "string") await writeRegistryStateFile(options.state, state);
  return { ok: members.every((m) => m.status === "mirrored") && !issues.some((f) => f.issue.severity === "error"), index, members, issues };
}

/** The aggregate index (and its signature): rewritten only when its providers changed, with the next sequence. */
async function writeAggregate(out: string, previous: RegistryIndex | undefined, providers: RegistryProvider[], options: MirrorOptions, issues: RegistryFinding[]): Promise<RegistryIndex | undefined> {
  const now = new Date();
  const base = { id: options.id ?? previous?.id ?? DEFAULT_ID, version: previous?.version ?? "1.0.0", providers };
  if (previous !== undefined && previous.sequence !== undefined && previous.expires !== undefined && Date.parse(previous.expires) > now.getTime() + DAY) {
    const same = buildRegistryIndex([], { ...base, generated: previous.generated, sequence: previous.sequence, expires: previous.expires });
    if (JSON.stringify(safeCanonicalBytes(same)) === JSON.stringify(safeCanonicalBytes(previous))) return previous;
  }
  const index = buildRegistryIndex([], {
    ...base,
    generated: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
    sequence: (previous?.sequence ?? 0) + 1,
    expires: new Date(Math.ceil((now.getTime() + 30 * DAY) / DAY) * DAY).toISOString().replace(/\.\d{3}Z$/, "Z"),
  });
  let jws: string | undefined;
  if (options.signWith !== undefined) {
    const key = await readJwkFile(options.signWith);
    if (!key.ok || !key.isPrivate) {
      issues.push({ path: options.signWith, issue: key.ok ? fileIssue("key_file_invalid", { path: options.signWith, detail: "not_a_private_key" }) : key.issues[0]! });
      return previous;
    }
    jws = await assertDocumentSignature(index, key.jwk);
  }
  await writeFileAtomic(join(out, REGISTRY_INDEX_FILE), `${JSON.stringify(index, null, 2)}\n`);
  if (jws !== undefined) await writeFileAtomic(join(out, INDEX_SIGNATURE_FILE), `${jws}\n`);
  else await rm(join(out, INDEX_SIGNATURE_FILE), { force: true });
  return index;
}
