/**
 * The argument parser's own words in the run's language: commander writes its help headings,
 * option details and error messages in English, so the help is configured to use the CLI's
 * texts and its errors are reworded from their (stable) English form.
 */
import type { Argument, Command, Help, Option } from "commander";
import type { CliTexts } from "./i18n.js";

/** Makes commander's help use the CLI's words (headings, `[options]`, default and choices). */
export function localizeHelp(program: Command, t: CliTexts): void {
  const titles: Readonly<Record<string, string>> = {
    "Usage:": t.helpUsage,
    "Options:": t.helpOptions,
    "Commands:": t.helpCommands,
    "Arguments:": t.helpArguments,
    "Global Options:": t.helpGlobalOptions,
  };
  program.configureHelp({
    styleTitle: (title: string) => titles[title] ?? title,
    styleUsage: (usage: string) => usage.replace("[options]", t.helpOptionsToken).replace("[command]", t.helpCommandToken),
    styleSubcommandTerm: (term: string) => term.replace("[options]", t.helpOptionsToken).replace("[command]", t.helpCommandToken),
    // The list of commands shows each one's first line; the rest (exit codes) is in its own help.
    subcommandDescription: (cmd: Command) => (cmd.summary() || cmd.description()).split("\n")[0] ?? "",
    optionDescription(this: Help, option: Option): string {
      const extra: string[] = [];
      if (option.argChoices && !option.negate) extra.push(`${t.helpChoices}${t.colon} ${option.argChoices.map((c) => JSON.stringify(c)).join(", ")}`);
      if (option.defaultValue !== undefined && !option.negate) {
        extra.push(`${t.helpDefault}${t.colon} ${option.defaultValueDescription ?? JSON.stringify(option.defaultValue)}`);
      }
      return extra.length > 0 ? `${option.description} (${extra.join(", ")})` : option.description;
    },
    argumentDescription(this: Help, argument: Argument): string {
      const extra: string[] = [];
      if (argument.argChoices) extra.push(`${t.helpChoices}${t.colon} ${argument.argChoices.map((c) => JSON.stringify(c)).join(", ")}`);
      if (argument.defaultValue !== undefined) {
        extra.push(`${t.helpDefault}${t.colon} ${argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue)}`);
      }
      const description = argument.description ?? "";
      return extra.length > 0 ? (description ? `${description} (${extra.join(", ")})` : extra.join(", ")) : description;
    },
  });
}

type Rewrite = readonly [RegExp, (t: CliTexts, m: RegExpMatchArray) => string];

/** commander's error sentences (v14) and their translations; anything else passes unchanged. */
const REWRITES: readonly Rewrite[] = [
  [/^unknown option '(.*)'$/, (t, m) => t.errUnknownOption(m[1]!)],
  [/^unknown command '(.*)'$/, (t, m) => t.errUnknownCommand(m[1]!)],
  [/^missing required argument '(.*)'$/, (t, m) => t.errMissingArgument(m[1]!)],
  [/^option '(.*)' argument missing$/, (t, m) => t.errOptionArgumentMissing(m[1]!)],
  [/^required option '(.*)' not specified$/, (t, m) => t.errRequiredOption(m[1]!)],
  [/^option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/, (t, m) => t.errInvalidChoice(m[1]!, m[2]!, m[3]!)],
  [/^too many arguments(?: for '.*')?\. Expected (\d+) arguments? but got (\d+)\.$/, (t, m) => t.errTooManyArguments(Number(m[1]), Number(m[2]))],
  [/^\(Did you mean (?:one of )?(.*)\?\)$/, (t, m) => t.didYouMean(m[1]!)],
];

/** Rewords one of commander's error outputs (`error: …` lines) in the run's language. */
export function localizeParserError(text: string, t: CliTexts): string {
  return text
    .split("\n")
    .map((line) => {
      const body = line.startsWith("error: ") ? line.slice(7) : line;
      for (const [pattern, render] of REWRITES) {
        const m = body.match(pattern);
        if (m) return line.startsWith("error: ") ? `${t.errorWord}${t.colon} ${render(t, m)}` : render(t, m);
      }
      return line.startsWith("error: ") ? `${t.errorWord}${t.colon} ${body}` : line;
    })
    .join("\n");
}
