import { MESSAGE_CATALOG } from "@sevscale/core";
import { describe, expect, it } from "vitest";
import { renderErrorCodes } from "./error-codes.js";
import { CORPUS_FILES } from "./invalid-corpus.js";

describe("docs/error-codes.md", () => {
  const text = renderErrorCodes();

  it("has a section for every catalogue code, with both message templates", () => {
    for (const [code, def] of Object.entries(MESSAGE_CATALOG)) {
      expect(text).toContain(`### ${code}\n`);
      expect(text).toContain(`- English: ${def.en}\n`);
      expect(text).toContain(`- Español: ${def.es}\n`);
    }
  });

  it("links only to corpus files that exist", () => {
    const names = new Set(CORPUS_FILES.map((c) => `${c.folder}/${c.file}`));
    const links = [...text.matchAll(/\(\.\.\/examples\/((?:invalid|lint)\/[^)]+\.json)\)/g)].map((m) => m[1]);
    expect(links.length).toBe(CORPUS_FILES.length);
    for (const l of links) expect(names.has(l!)).toBe(true);
  });
});
