import { SevscaleError } from "../issues/error.js";
import type { Issue } from "../issues/issue.js";

/** Digest algorithms sevscale publishes beside each document. */
export type DigestAlgorithm = "sha256" | "sha512";

/** One parsed line of a `.sha256` / `.sha512` file. */
export interface DigestFileEntry {
  readonly algorithm: DigestAlgorithm;
  /** Lower-case hex digest. */
  readonly hex: string;
  readonly fileName: string;
}

/** Outcome of {@link safeParseDigestFile}. */
export type DigestFileResult = { readonly ok: true; readonly entry: DigestFileEntry } | { readonly ok: false; readonly issues: readonly Issue[] };

const HEX_LENGTH: Record<number, DigestAlgorithm> = { 64: "sha256", 128: "sha512" };

// sha256sum output: the digest, one space, a mode flag (" " text, "*" binary), the file name.
// "s": a file name may contain U+2028/U+2029, which "." would not match otherwise.
const LINE = /^([0-9a-fA-F]+) [ *](.+)$/s;

function fileIssue(code: string, params: Issue["params"] = {}): Issue {
  return { code, severity: "error", pointer: "", params };
}

/**
 * Formats a digest file exactly as `sha256sum` / `sha512sum` print it (and as CSAF publishes
 * `<file>.sha256` / `<file>.sha512`): `"<hex>  <fileName>\n"`. Throws a TypeError on a digest that is
 * not lower-case SHA-256/512 hex or a file name sha256sum would have to escape (programmer errors).
 */
export function formatDigestFile(hex: string, fileName: string): string {
  if (!/^(?:[0-9a-f]{64}|[0-9a-f]{128})$/.test(hex)) throw new TypeError("formatDigestFile: digest must be 64 or 128 lower-case hex digits");
  if (fileName === "" || /[\n\r\\]/.test(fileName)) throw new TypeError("formatDigestFile: file name must be non-empty without newline or backslash");
  return `${hex}  ${fileName}\n`;
}

/** Reads a one-entry sha256sum-style digest file; never throws, returns coded issues instead. */
export function safeParseDigestFile(text: string): DigestFileResult {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split("\n")
    .map((l, i) => ({ text: l.endsWith("\r") ? l.slice(0, -1) : l, line: i + 1 }))
    .filter((l) => l.text.trim() !== "");
  if (lines.length === 0) return { ok: false, issues: [fileIssue("digest_file_empty")] };
  const issues: Issue[] = [];
  const entries: DigestFileEntry[] = [];
  for (const { text: line, line: n } of lines) {
    const m = LINE.exec(line);
    const algorithm = m ? HEX_LENGTH[m[1]!.length] : undefined;
    if (!m || !algorithm) issues.push(fileIssue("digest_file_malformed", { line: n }));
    else entries.push({ algorithm, hex: m[1]!.toLowerCase(), fileName: m[2]! });
  }
  if (lines.length > 1) issues.push(fileIssue("digest_file_multiple_entries", { count: lines.length }));
  const entry = entries[0];
  if (issues.length > 0 || !entry) return { ok: false, issues };
  return { ok: true, entry };
}

/** Reads a one-entry sha256sum-style digest file; throws {@link SevscaleError} when malformed. */
export function parseDigestFile(text: string): DigestFileEntry {
  const result = safeParseDigestFile(text);
  if (!result.ok) throw new SevscaleError(result.issues);
  return result.entry;
}

/**
 * Checks a digest file's text against the digests of a document (for instance from
 * `assertDocumentDigest`): issues for a malformed file, a different file name (when
 * `expectedFileName` is given), a digest of another algorithm than the file's name says (when
 * `expectedAlgorithm` is given: a `.sha256` holding a SHA-512 line is refused) or a different
 * digest. Empty when everything matches.
 */
export function checkDigestFile(
  text: string,
  digests: Readonly<Record<DigestAlgorithm, string>>,
  expectedFileName?: string,
  expectedAlgorithm?: DigestAlgorithm,
): Issue[] {
  const result = safeParseDigestFile(text);
  if (!result.ok) return [...result.issues];
  const { algorithm, hex, fileName } = result.entry;
  const issues: Issue[] = [];
  if (expectedAlgorithm !== undefined && algorithm !== expectedAlgorithm) {
    issues.push(fileIssue("digest_file_algorithm_mismatch", { expected: expectedAlgorithm, actual: algorithm }));
  }
  if (expectedFileName !== undefined && fileName !== expectedFileName) {
    issues.push(fileIssue("digest_file_name_mismatch", { expected: expectedFileName, actual: fileName }));
  }
  const actual = digests[algorithm].toLowerCase();
  if (hex !== actual) issues.push(fileIssue("digest_mismatch", { algorithm, expected: hex, actual }));
  return issues;
}
