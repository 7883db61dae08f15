/**
 * `sevscale digest --write` digests the document once (writeDigestFiles takes the value the command
 * read) and prints, writes and reports exactly what it did before: the same line, the same files,
 * the same JSON, for any document.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { tempFolder } from "../_test-files.js";
import { CLI_LANGUAGES, cliTexts, loadLanguage } from "../i18n.js";

for (const lang of CLI_LANGUAGES) await loadLanguage(lang);

const tmp = tempFolder("digest");
afterAll(() => tmp.remove());

/** RFC 8785 for plain JSON values, written independently: keys sorted by UTF-16 code units, JSON.stringify for the rest. */
function canonicalize(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalize).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalize((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
const hex = (algorithm: string, text: string) => createHash(algorithm).update(text, "utf8").digest("hex");

describe("sevscale digest --write", () => {
  it("prints the digest it writes, and writes sha256sum files of the canonical form (any JSON object)", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }), async (doc) => {
        const name = `doc-${++n}.json`;
        tmp.write(name, JSON.stringify(doc, null, 1));
        const canonical = canonicalize(doc);
        const [sha256, sha512] = [hex("sha256", canonical), hex("sha512", canonical)];
        const plain = await runCli(["digest", name], { cwd: tmp.dir });
        const text = await runCli(["digest", name, "--write"], { cwd: tmp.dir });
        expect([text.code, text.stdout]).toEqual([0, plain.stdout]);
        expect(text.stdout).toBe(`${sha256}  ${name}\n`);
        expect(text.stderr).toBe(`${cliTexts("en").digestWrote(`${name}.sha256`, `${name}.sha512`)}\n`);
        expect(readFileSync(join(tmp.dir, `${name}.sha256`), "utf8")).toBe(`${sha256}  ${name}\n`);
        expect(readFileSync(join(tmp.dir, `${name}.sha512`), "utf8")).toBe(`${sha512}  ${name}\n`);
        const json = await runCli(["digest", name, "--write", "--format", "json"], { cwd: tmp.dir });
        expect(JSON.parse(json.stdout)).toEqual({ file: name, sha256, sha512, written: [`${name}.sha256`, `${name}.sha512`], issues: [] });
      }),
      { numRuns: 20 },
    );
  });

  it("writes nothing for a document without a canonical form (exit 1)", async () => {
    tmp.write("lone.json", '{"a":"\\ud800"}');
    const r = await runCli(["digest", "lone.json", "--write"], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("canonical_lone_surrogate");
    expect(() => readFileSync(join(tmp.dir, "lone.json.sha256"))).toThrow();
  });
});
