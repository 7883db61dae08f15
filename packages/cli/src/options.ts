/** The parse limits a command was given (`--max-bytes`), ready to spread into reader options. */
export function parseLimits(options: Record<string, unknown>): { maxBytes?: number } {
  const maxBytes = options["maxBytes"];
  return typeof maxBytes === "number" ? { maxBytes } : {};
}
