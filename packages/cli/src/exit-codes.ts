/** Exit codes of every command: scripts and pre-commit hooks depend on them. */
export const ExitCode = {
  /** Success; warnings allowed. */
  Ok: 0,
  /** The input has findings: a document with errors, facts with errors, a failed verification. */
  Findings: 1,
  /** Usage error (unknown option, missing argument) or I/O error (missing file). */
  Usage: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A usage or I/O problem that ends the command with exit code 2 and a one-line message. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
