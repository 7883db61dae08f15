/** Programmatic entry of the CLI, for tests and embedding (nothing else should import it). */
export { main } from "./main.js";
export type { CliIO } from "./io.js";
export { ExitCode } from "./exit-codes.js";
