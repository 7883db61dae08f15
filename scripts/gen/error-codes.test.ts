import { MESSAGE_CATALOG } from "@sevscale/core";
import { describe, expect, it } from "vitest";
import { renderErrorCodes } from "./error-codes.js";
import { CORPUS_FILES } from "./invalid-corpus.js";
import { ALL_LOCALES } from "../locales.js";

describe("docs/error-codes.md", () => {
  const text = renderErrorCodes();

  it("has a section for every catalogue code, with its template in every language", () => {
    for (const code of Object.keys(MESSAGE_CATALOG)) {
      expect(text).toContain(`### ${code}\n`);
      for (const locale of ALL_LOCALES) expect(text).toContain(`- ${locale.name}: ${(locale.messages as Readonly<Record<string, string>>)[code]}\n`);
    }
  });

  it("links only to corpus files that exist", () => {
    const names = new Set(CORPUS_FILES.map((c) => `${c.folder}/${c.file}`));
    const links = [...text.matchAll(/\(\.\.\/examples\/((?:invalid|lint)\/[^)]+\.json)\)/g)].map((m) => m[1]);
    expect(links.length).toBe(CORPUS_FILES.length);
    for (const l of links) expect(names.has(l!)).toBe(true);
  });
});
