import { createHash } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../atomic-write.js";
import type { HttpCache, HttpCacheEntry, HttpCacheStats } from "./http-source.js";

/** Largest cached body read back: 64 MiB (each read is limited again by the registry loader). */
const BODY_LIMIT = 64 * 1024 * 1024;

function keyOf(url: string): string {
  return createHash("sha256").update(url).digest("hex");
}

/**
 * An {@link HttpCache} in a folder (created when absent): per URL, `<sha256 of the URL>.json`
 * (its validators) and `<…>.body` (the bytes), each written atomically. Entries that cannot be read
 * back are treated as absent, so a damaged cache only costs a full request.
 */
export function directoryHttpCache(dir: string): HttpCache & { readonly stats: HttpCacheStats } {
  const stats: HttpCacheStats = { notModified: 0, stored: 0 };
  return {
    stats,
    async get(url) {
      const key = keyOf(url);
      try {
        const meta = JSON.parse(await readFile(join(dir, `${key}.json`), "utf8")) as { url?: unknown; etag?: unknown; lastModified?: unknown };
        if (meta.url !== url) return undefined;
        const bytes = new Uint8Array(await readFile(join(dir, `${key}.body`)));
        if (bytes.byteLength > BODY_LIMIT) return undefined;
        return {
          bytes,
          ...(typeof meta.etag === "string" ? { etag: meta.etag } : {}),
          ...(typeof meta.lastModified === "string" ? { lastModified: meta.lastModified } : {}),
        } satisfies HttpCacheEntry;
      } catch {
        return undefined;
      }
    },
    async set(url, entry) {
      const key = keyOf(url);
      try {
        await mkdir(dir, { recursive: true });
        // The body first: validators never point at a body that is not there.
        await writeFileAtomic(join(dir, `${key}.body`), entry.bytes);
        await writeFileAtomic(join(dir, `${key}.json`), JSON.stringify({ url, etag: entry.etag, lastModified: entry.lastModified }));
        stats.stored++;
      } catch {
        // A cache that cannot be written only costs full requests next time.
      }
    },
    notModified() {
      stats.notModified++;
    },
  };
}
