import type { CommandRun } from "../context.js";

export const run: CommandRun = async (ctx) => {
  ctx.io.stdout.write("validate: not wired yet\n");
  return 0;
};
