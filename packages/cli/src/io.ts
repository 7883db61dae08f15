/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  /** `columns`: the terminal's width, when stdout is a terminal (Node sets it on a TTY stream). */
  readonly stdout: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  readonly stderr: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Stops a long-running command (`view`) when aborted; without it, SIGINT or SIGTERM do. */
  readonly signal?: AbortSignal;
}

/** The real process's IO. Standard input is opened only when a command reads it (start-up time). */
export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Whether to colour output on a stream: never with NO_COLOR (https://no-color.org), always with
 * FORCE_COLOR (other than "0"), otherwise only on a terminal that is not "dumb".
 */
export function useColor(stream: CliIO["stdout"], env: CliIO["env"]): boolean {
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  if (env["FORCE_COLOR"] !== undefined) return env["FORCE_COLOR"] !== "0";
  return Boolean(stream.isTTY) && env["TERM"] !== "dumb";
}

/** Reads a whole stream (standard input) as bytes. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}
