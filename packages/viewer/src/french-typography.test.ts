import { describe, expect, it } from "vitest";
import { allTexts, frenchTypographyFaults } from "../../../test/french-typography.js";
import { fr } from "./locales/fr.js";

describe("the viewer's French texts", () => {
  it("have a no-break space before : ; ? ! and inside « »", () => {
    expect(allTexts(fr).flatMap(([path, text]) => frenchTypographyFaults(text).map((f) => `${path}: ${f}`))).toEqual([]);
  });
});
