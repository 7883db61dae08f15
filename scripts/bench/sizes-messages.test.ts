/**
 * The English messages the bundle-size benchmark counts in the viewer's set
 * (scripts/bench/sizes.ts: parse, validation, classification, translation and assessment
 * messages from `@sevscale/core/locales/en/parts`) cover every code `validateText`
 * reports on the conformance corpus (examples/invalid, examples/lint) and the examples: the
 * partial locale is not smaller than what the set can say.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { scaleResolverFor, validateText } from "@sevscale/core";
import type { PartialLocale } from "@sevscale/core";
import {
  assessmentMessages,
  classifyMessages,
  parseMessages,
  terms,
  translateMessages,
  validateMessages,
} from "@sevscale/core/locales/en/parts";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const VIEWER_SET: PartialLocale = {
  language: "en",
  name: "English",
  messages: { ...parseMessages, ...validateMessages, ...classifyMessages, ...translateMessages, ...assessmentMessages },
  terms,
};

const files = ["examples/invalid", "examples/lint", "examples/scales", "examples/mappings"].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".json"))
    .map((f) => join(root, dir, f)),
);
const scales = [...files.filter((f) => f.includes("/scales/") || f.endsWith("_base-scale.json"))].map((f) => JSON.parse(readFileSync(f, "utf8")) as unknown);

describe("the viewer's set's English messages (sizes benchmark)", () => {
  it("have a template for every code validateText reports on the corpus and the examples", () => {
    const resolveScale = scaleResolverFor(scales);
    const seen = new Set<string>();
    for (const file of files) for (const issue of validateText(readFileSync(file), { resolveScale }).issues) seen.add(issue.code);
    expect(seen.size).toBeGreaterThan(50);
    expect([...seen].filter((code) => !Object.prototype.hasOwnProperty.call(VIEWER_SET.messages, code))).toEqual([]);
  });
});
