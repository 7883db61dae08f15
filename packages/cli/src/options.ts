import type { CliIO } from "./io.js";

/** The parse limits a command was given (`--max-bytes`), ready to spread into reader options. */
export function parseLimits(options: Record<string, unknown>): { maxBytes?: number } {
  const maxBytes = options["maxBytes"];
  return typeof maxBytes === "number" ? { maxBytes } : {};
}

/**
 * How a command reads its documents with the one loader: paths from its working directory, `-`
 * from its standard input, within `--max-bytes`.
 */
export function readOptions(io: CliIO, options: Record<string, unknown>): { cwd: string; stdin: CliIO["stdin"]; maxBytes?: number } {
  return { cwd: io.cwd, stdin: io.stdin, ...parseLimits(options) };
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;

/** Parses an RFC 3339 instant from an option (`--at`, `--now`); undefined when it is not one. */
export function parseInstant(value: string): Date | undefined {
  if (!INSTANT.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
