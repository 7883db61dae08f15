/** How serious a finding is: errors make a document invalid, warnings and infos do not. */
export type Severity = "error" | "warning" | "info";

/** Parameters of an issue: plain JSON values, so issues serialise as they are. */
export type IssueParams = Record<string, string | number | boolean | null | readonly (string | number)[]>;

/**
 * A finding about a document or an input: data, never wording. The message is rendered from
 * `code` and `params` by {@link renderMessage} in the language the reader asks for.
 */
export interface Issue {
  /** Stable snake_case identifier, documented in docs/error-codes.md. */
  readonly code: string;
  readonly severity: Severity;
  /** RFC 6901 JSON Pointer to the offending value ("" is the whole document). */
  readonly pointer: string;
  readonly params: IssueParams;
}

/** Escapes one reference token for a JSON Pointer (RFC 6901). */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Builds a JSON Pointer from path segments. */
export function toPointer(path: readonly (string | number)[]): string {
  return path.length === 0 ? "" : `/${path.map(escapePointerToken).join("/")}`;
}

/** Splits a JSON Pointer into its unescaped segments. */
export function fromPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "error");
}
