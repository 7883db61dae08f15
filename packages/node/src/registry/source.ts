import type { Issue, Progress } from "@sevscale/core";

/** Bytes read from a registry, or the coded reasons they could not be. */
export type SourceRead = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly issues: readonly Issue[] };

/** Where a registry is read from: a directory or an http(s) base URL. */
export interface RegistrySource {
  /** The directory (absolute) or base URL (ending in "/") that registry paths are relative to. */
  readonly root: string;
  /** Reads one file by registry path, refusing paths that leave the root; never throws. */
  read(path: string, maxBytes: number): Promise<SourceRead>;
  /** Every file under the root as a registry path (directories only; a web server cannot list). */
  list?(): Promise<string[]>;
}

/** Progress of a long registry operation, for a progress line on a terminal: core's one {@link Progress} shape, with its total always known. */
export interface RegistryProgress extends Progress {
  readonly phase: "read" | "check" | "write";
  readonly total: number;
}

/** A finding about one file of a registry (or one source file of a build). */
export interface RegistryFinding {
  /** Registry path (relative to the root) when loading; file path when building. */
  readonly path: string;
  readonly issue: Issue;
}

/** An issue with severity error, no pointer. */
export function fileIssue(code: string, params: Issue["params"]): Issue {
  return { code, severity: "error", pointer: "", params };
}

/** Runs `fn` over items with at most `limit` in flight, keeping results in order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
