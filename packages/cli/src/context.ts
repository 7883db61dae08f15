import type { CliLanguage } from "./i18n.js";
import type { CliIO } from "./io.js";

/** What every command receives besides its own arguments. */
export interface CommandContext {
  readonly io: CliIO;
  readonly lang: CliLanguage;
}

/** A command implementation, loaded lazily when the command runs. */
export type CommandRun = (ctx: CommandContext, args: readonly string[], options: Record<string, unknown>) => Promise<number>;
