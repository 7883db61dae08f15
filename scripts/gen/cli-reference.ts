/**
 * Generates the command reference from the command definitions: each command's `--help`, as the
 * CLI prints it, in every language. English goes into docs/cli.md between the markers (the rest of
 * that page is hand-written narrative); Spanish, French and Portuguese get a page of their own
 * (docs/cli.es.md, docs/cli.fr.md, docs/cli.pt.md). The staleness check fails when a command, an
 * option or a help text changes and the pages were not regenerated.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { LANGUAGES } from "@sevscale/core";
import type { CliIO } from "../../packages/cli/src/io.js";
import { cliTexts, type CliLanguage } from "../../packages/cli/src/i18n.js";
import { main } from "../../packages/cli/src/main.js";
import type { GeneratedFile, Generator } from "./types.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The page that holds the English reference between these markers. */
export const ENGLISH_PAGE = "docs/cli.md";
export const BEGIN = "<!-- BEGIN GENERATED: command reference (pnpm run gen) -->";
export const END = "<!-- END GENERATED: command reference -->";

/** The page of a language's reference (English lives inside docs/cli.md). */
export function referencePage(lang: CliLanguage): string {
  return lang === "en" ? ENGLISH_PAGE : `docs/cli.${lang}.md`;
}

/** Runs the CLI in-process, 80 columns, no colour, and returns what it printed on stdout. */
async function helpOf(argv: readonly string[]): Promise<string> {
  let out = "";
  const io: CliIO = {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: () => true, isTTY: false },
    stdin: Readable.from([]),
    env: { NO_COLOR: "1" },
    cwd: root,
  };
  await main(argv, io);
  return out;
}

/** The sub-commands a help text lists under "Commands:" (`help` itself left out). */
function listedCommands(help: string): string[] {
  const at = help.indexOf("\nCommands:");
  if (at < 0) return [];
  return [...help.slice(at).matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]!).filter((name) => name !== "help");
}

/**
 * The commands, in the order `sevscale --help` lists them, each group (`registry`) followed by its
 * sub-commands (`registry build`, `registry check`).
 */
export async function commandNames(): Promise<string[]> {
  const names: string[] = [];
  for (const name of listedCommands(await helpOf(["--help", "--lang", "en"]))) {
    names.push(name);
    for (const sub of listedCommands(await helpOf([name, "--help", "--lang", "en"]))) names.push(`${name} ${sub}`);
  }
  return names;
}

/** One language's reference: the program's help, then each command's, each in a text block. */
export async function referenceMarkdown(lang: CliLanguage, names: readonly string[]): Promise<string> {
  const t = cliTexts(lang);
  const fence = (text: string) => ["```text", text.trimEnd(), "```"].join("\n");
  const parts = [`## ${t.docsReferenceHeading}`, "", t.docsReferenceIntro, "", fence(await helpOf(["--help", "--lang", lang])), ""];
  for (const name of names) {
    parts.push(`### sevscale ${name}`, "", fence(await helpOf([...name.split(" "), "--help", "--lang", lang])), "");
  }
  return parts.join("\n");
}

/** A whole page for a language other than English: title, links, then the reference. */
function languagePage(lang: CliLanguage, reference: string): string {
  const t = cliTexts(lang);
  return [`# ${t.docsReferenceTitle}`, "", `<!-- ${t.docsReferenceGenerated} -->`, "", t.docsReferenceLinks, "", reference].join("\n");
}

/** docs/cli.md with its generated block replaced (the file must hold both markers). */
export function withEnglishReference(page: string, reference: string): string {
  const begin = page.indexOf(BEGIN);
  const end = page.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`${ENGLISH_PAGE} lacks the markers ${BEGIN} … ${END}`);
  return `${page.slice(0, begin + BEGIN.length)}\n\n${reference}\n${page.slice(end)}`;
}

export const cliReferenceGenerator: Generator = {
  name: "cli-reference",
  async generate(): Promise<GeneratedFile[]> {
    const names = await commandNames();
    const files: GeneratedFile[] = [];
    for (const lang of LANGUAGES) {
      const reference = await referenceMarkdown(lang, names);
      if (lang === "en") {
        files.push({ path: ENGLISH_PAGE, content: withEnglishReference(readFileSync(join(root, ENGLISH_PAGE), "utf8"), reference) });
      } else {
        files.push({ path: referencePage(lang), content: languagePage(lang, reference) });
      }
    }
    return files;
  },
};
