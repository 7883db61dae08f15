import { Readable } from "node:stream";
import type { CliIO } from "./io.js";
import { main } from "./main.js";

/** Result of one in-process CLI run. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output (test helper). */
export async function runCli(
  argv: readonly string[],
  options: { env?: Record<string, string | undefined>; cwd?: string; stdin?: string; tty?: boolean; columns?: number } = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false, ...(options.columns !== undefined ? { columns: options.columns } : {}) },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.tty ?? false },
    stdin: Readable.from([Buffer.from(options.stdin ?? "")]),
    env: { NO_COLOR: "1", ...options.env },
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
