import { registryPathProblem } from "@sevscale/core";
import type { RegistrySource, SourceRead } from "./source.js";
import { fileIssue } from "./source.js";

/** Options of {@link httpSource}. */
export interface HttpSourceOptions {
  /** The fetch to use (default: the global one). */
  readonly fetch?: typeof fetch;
  /** Time limit of each request, in milliseconds (default 30 s). */
  readonly timeoutMs?: number;
  /** Aborts every request, in flight or to come (an overall deadline). */
  readonly signal?: AbortSignal;
  /**
   * Makes requests conditional: a body cached with its `ETag` or `Last-Modified` is asked for
   * with `If-None-Match` / `If-Modified-Since`, and a 304 answer gives the cached bytes.
   */
  readonly cache?: HttpCache;
}

/** A response body kept with its validators, for conditional requests. */
export interface HttpCacheEntry {
  readonly etag?: string;
  readonly lastModified?: string;
  readonly bytes: Uint8Array;
}

/**
 * Where {@link httpSource} keeps bodies between requests, by URL (the caller chooses: memory with
 * {@link memoryHttpCache}, a folder with `directoryHttpCache`, or anything else). Only bodies
 * served with an `ETag` or a `Last-Modified` are stored. The bytes are checked like any others
 * after they come out of the cache: a cache is never trusted.
 */
export interface HttpCache {
  get(url: string): Promise<HttpCacheEntry | undefined> | HttpCacheEntry | undefined;
  set(url: string, entry: HttpCacheEntry): Promise<void> | void;
  /** Called when the server answered 304 Not Modified and the cached body was used. */
  notModified?(url: string): void;
}

/** Counts of a cache's use: requests answered 304 Not Modified, bodies stored. */
export interface HttpCacheStats {
  notModified: number;
  stored: number;
}

/** An {@link HttpCache} in memory, with counts of its use. */
export function memoryHttpCache(): HttpCache & { readonly stats: HttpCacheStats } {
  const entries = new Map<string, HttpCacheEntry>();
  const stats: HttpCacheStats = { notModified: 0, stored: 0 };
  return {
    stats,
    get: (url) => entries.get(url),
    set: (url, entry) => {
      stats.stored++;
      entries.set(url, entry);
    },
    notModified: () => {
      stats.notModified++;
    },
  };
}

const MAX_REDIRECTS = 5;

/** The base URL a registry URL stands for: a directory URL ending in "/" (a trailing index.json is dropped). */
export function registryBaseUrl(url: string): URL {
  const base = new URL(url);
  base.hash = "";
  base.search = "";
  if (base.pathname.endsWith("/index.json")) base.pathname = base.pathname.slice(0, -"index.json".length);
  if (!base.pathname.endsWith("/")) base.pathname += "/";
  return base;
}

function within(base: URL, url: URL): boolean {
  return url.origin === base.origin && url.pathname.startsWith(base.pathname) && url.username === "" && url.password === "";
}

function reasonOf(error: unknown): string {
  const e = error as { name?: unknown; cause?: { code?: unknown } } | null;
  if (e?.name === "TimeoutError" || e?.name === "AbortError") return "timeout";
  const code = e?.cause?.code;
  if (typeof code === "string") return code;
  return error instanceof Error ? error.message.slice(0, 200) : "network error";
}

async function readBody(response: Response, url: string, maxBytes: number): Promise<SourceRead> {
  const tooLarge = (bytes: number): SourceRead => ({ ok: false, issues: [fileIssue("document_too_large", { bytes, limit: maxBytes })] });
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return tooLarge(declared);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        // Stop reading at the limit, whatever content-length said (it may be absent or false).
        if (total > maxBytes) {
          await reader.cancel().catch(() => undefined);
          return tooLarge(total);
        }
        chunks.push(value);
      }
    } catch (error) {
      return { ok: false, issues: [fileIssue("registry_fetch_failed", { url, reason: reasonOf(error) })] };
    }
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}

/**
 * A registry on a web server. Every URL — a listed path, and each redirect — must stay under the
 * base URL (same origin, same path prefix): `%2e%2e` and the like are refused before any request,
 * and a redirect elsewhere is `registry_redirect_refused`. Each request has a time limit and each
 * body a size limit; failures are `registry_fetch_failed` / `registry_fetch_status` issues.
 */
export function httpSource(url: string, options: HttpSourceOptions = {}): RegistrySource {
  const base = registryBaseUrl(url);
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    root: base.href,
    async read(path, maxBytes) {
      const problem = registryPathProblem(path);
      if (problem) return { ok: false, issues: [fileIssue("registry_path_unsafe", { path, reason: problem })] };
      let target = new URL(path, base);
      if (!within(base, target)) return { ok: false, issues: [fileIssue("registry_path_unsafe", { path, reason: "outside_base_url" })] };
      for (let hop = 0; ; hop++) {
        let response: Response;
        const cached = await options.cache?.get(target.href);
        const headers: Record<string, string> = { accept: "application/json, text/plain;q=0.9, */*;q=0.1" };
        if (cached?.etag !== undefined) headers["if-none-match"] = cached.etag;
        if (cached?.lastModified !== undefined) headers["if-modified-since"] = cached.lastModified;
        try {
          response = await doFetch(target, { redirect: "manual", signal: options.signal ? AbortSignal.any([AbortSignal.timeout(timeoutMs), options.signal]) : AbortSignal.timeout(timeoutMs), headers });
        } catch (error) {
          return { ok: false, issues: [fileIssue("registry_fetch_failed", { url: target.href, reason: reasonOf(error) })] };
        }
        if (response.status === 304 && cached !== undefined) {
          await response.body?.cancel().catch(() => undefined);
          options.cache?.notModified?.(target.href);
          if (cached.bytes.byteLength > maxBytes) return { ok: false, issues: [fileIssue("document_too_large", { bytes: cached.bytes.byteLength, limit: maxBytes })] };
          return { ok: true, bytes: cached.bytes };
        }
        if (response.status >= 300 && response.status < 400) {
          await response.body?.cancel().catch(() => undefined);
          const location = response.headers.get("location");
          let next: URL | undefined;
          try {
            next = location === null ? undefined : new URL(location, target);
          } catch {
            next = undefined;
          }
          if (!next || !within(base, next)) {
            return { ok: false, issues: [fileIssue("registry_redirect_refused", { url: target.href, location: (location ?? "").slice(0, 300) })] };
          }
          if (hop >= MAX_REDIRECTS) return { ok: false, issues: [fileIssue("registry_fetch_failed", { url: target.href, reason: "too many redirects" })] };
          target = next;
          continue;
        }
        if (!response.ok) {
          await response.body?.cancel().catch(() => undefined);
          return { ok: false, issues: [fileIssue("registry_fetch_status", { url: target.href, status: response.status })] };
        }
        const etag = response.headers.get("etag") ?? undefined;
        const lastModified = response.headers.get("last-modified") ?? undefined;
        const body = await readBody(response, target.href, maxBytes);
        if (body.ok && options.cache && (etag !== undefined || lastModified !== undefined)) {
          await options.cache.set(target.href, { bytes: body.bytes, ...(etag !== undefined ? { etag } : {}), ...(lastModified !== undefined ? { lastModified } : {}) });
        }
        return body;
      }
    },
  };
}
