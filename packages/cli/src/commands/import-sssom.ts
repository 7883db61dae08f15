/**
 * `sevscale import sssom <file|-> --out <mapping.json>`: an SSSOM/TSV file back into a mapping
 * document, validated (structure and meaning) before anything is written; the file is written
 * atomically and never replaces an existing one without `--force`.
 */
import { resolve } from "node:path";
import { hasErrors, validateDocument } from "@sevscale/core";
import { sssomTsvToMapping } from "@sevscale/core/export";
import type { Issue } from "@sevscale/core";
import { writeFileAtomic } from "@sevscale/node";
import type { CommandRun } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { colors } from "../format.js";
import { cliTexts } from "../i18n.js";
import { useColor } from "../io.js";
import { parseLimits } from "../options.js";
import { readTextInput } from "../read-input.js";
import { issueJson, issueLine, shownPath, writeJson } from "../report.js";

export const run: CommandRun = async (ctx, args, options) => {
  const { io, lang } = ctx;
  const t = cliTexts(lang);
  const c = colors(useColor(io.stderr, io.env));
  const [input] = args as [string];
  const json = options["format"] === "json";
  const out = resolve(io.cwd, options["out"] as string);
  const file = input === "-" ? t.stdinName : input;

  const report = (issues: readonly Issue[], written?: { path: string; records: number }): void => {
    const filed = issues.map((issue) => ({ issue, file }));
    if (json) writeJson(ctx, { written: written ? { file: written.path, records: written.records } : null, issues: filed.map((f) => issueJson(f, lang)) });
    else {
      for (const f of filed) io.stderr.write(`sevscale: ${issueLine(c, f, lang)}\n`);
      if (written) io.stdout.write(`${t.importWrote(written.path, written.records)}\n`);
    }
  };

  const read = await readTextInput(input, io, parseLimits(options));
  if (!read.ok) {
    report(read.issues);
    return read.io ? ExitCode.Usage : ExitCode.Findings;
  }
  const imported = sssomTsvToMapping(read.text);
  if (!imported.ok) {
    report(imported.issues);
    return ExitCode.Findings;
  }
  const validated = validateDocument(imported.document, { kind: "mapping" });
  const issues = [...imported.issues, ...validated.issues];
  if (!validated.valid || hasErrors(issues)) {
    report(issues);
    return ExitCode.Findings;
  }
  try {
    await writeFileAtomic(out, `${JSON.stringify(imported.document, null, 2)}\n`, { overwrite: options["force"] === true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new UsageError(t.outputExists(shownPath(out, io.cwd)));
    throw error;
  }
  const records = (imported.document["records"] as unknown[]).length;
  report(issues.filter((i) => i.severity !== "info"), { path: shownPath(out, io.cwd), records });
  return ExitCode.Ok;
};
