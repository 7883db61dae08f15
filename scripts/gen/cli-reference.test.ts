import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LANGUAGES } from "@sevscale/core";
import { describe, expect, it } from "vitest";
import { cliTexts, loadLanguage } from "../../packages/cli/src/i18n.js";
import { BEGIN, END, commandNames, referenceMarkdown, referencePage, withEnglishReference } from "./cli-reference.js";

// The CLI loads one language per run; these tests read all of them.
await Promise.all(LANGUAGES.map(loadLanguage));

const root = join(import.meta.dirname, "../..");

describe("the generated command reference", () => {
  it("lists every command the program defines, in every language's page", async () => {
    const names = await commandNames();
    // The commands the README and the guide send analysts to are all there.
    expect(names).toEqual(expect.arrayContaining(["validate", "classify", "translate", "compare", "render", "diff", "sign", "verify", "registry", "export", "import", "view"]));
    expect(names).not.toContain("help");
    expect(names).toEqual(expect.arrayContaining(["registry build", "registry check", "import sssom"]));
    for (const lang of LANGUAGES) {
      const page = readFileSync(join(root, referencePage(lang)), "utf8");
      for (const name of names) expect(page, `${lang}: ${name}`).toContain(`### sevscale ${name}\n`);
      expect(page).toContain(`## ${cliTexts(lang).docsReferenceHeading}`);
    }
  });

  it("shows each command's help in the page's language, with the parser's words translated", async () => {
    const names = await commandNames();
    for (const lang of LANGUAGES.filter((l) => l !== "en")) {
      const md = await referenceMarkdown(lang, names);
      const t = cliTexts(lang);
      expect(md).toContain(t.helpUsage);
      expect(md).toContain(t.validateDescription.slice(0, 25));
      // French says "[options]" too; the others must not keep the English token.
      if (t.helpOptionsToken !== "[options]") expect(md).not.toContain("[options]");
      expect(md).toContain(t.helpOptionsToken);
      expect(md).not.toContain("Usage:");
    }
  });

  it("every command states its exit codes in its help, in every language", async () => {
    const exitWords: Record<string, RegExp> = { en: /Exit 0/, es: /(Sale con|Salida) 0/, fr: /Code de sortie 0/, pt: /(Sai com|Saída) 0/ };
    const names = await commandNames();
    const groups = new Set(names.filter((n) => names.some((m) => m.startsWith(`${n} `))));
    expect(groups).toEqual(new Set(["registry", "import", "keyring"]));
    for (const lang of LANGUAGES) {
      const page = readFileSync(join(root, referencePage(lang)), "utf8");
      for (const name of names.filter((n) => !groups.has(n))) {
        const section = page.slice(page.indexOf(`### sevscale ${name}\n`)).split(/^### /m)[1] ?? "";
        expect(section, `${lang}: sevscale ${name}`).toMatch(exitWords[lang]!);
      }
    }
  });

  it("replaces only the block between the markers of docs/cli.md", () => {
    const page = `# Title\n\nprose\n\n${BEGIN}\nold\n${END}\n\nafter\n`;
    const out = withEnglishReference(page, "NEW\n");
    expect(out).toBe(`# Title\n\nprose\n\n${BEGIN}\n\nNEW\n\n${END}\n\nafter\n`);
    expect(withEnglishReference(out, "NEW\n")).toBe(out);
    expect(() => withEnglishReference("# no markers\n", "x")).toThrow(/markers/);
  });
});
