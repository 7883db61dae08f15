/**
 * `validateFiles` checks a keyring with the core's keyring rules (loaded only when a keyring is
 * among the files) and every other document with `validateDocument`, in one call.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { validateFiles } from "./validate-files.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-validate-files-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const EXAMPLES = join(import.meta.dirname, "..", "..", "..", "examples");

it("checks a keyring with the keyring rules, beside a scale, and places its issues", async () => {
  const bad = join(dir, "keyring.json");
  await writeFile(bad, '{"kind":"keyring","id":"xx/keys","version":"1.0.0","keys":[{"kid":"a","jwk":{"kty":"OKP"}}]}\n');
  const [keyring, good, scale] = await validateFiles([bad, join(EXAMPLES, "keys", "demo-keyring.json"), join(EXAMPLES, "scales", "us-ciss.json")]);
  expect(keyring).toMatchObject({ kind: "keyring", valid: false });
  expect(keyring!.issues.map((i) => i.code)).toContain("keyring_missing_member");
  expect(keyring!.issues.find((i) => i.pointer === "/keys/0/publisher")).toMatchObject({ line: 1 });
  expect(good).toMatchObject({ kind: "keyring", valid: true, issues: [] });
  expect(scale).toMatchObject({ kind: "scale", valid: true });
});

it("validates scales without a keyring among the files", async () => {
  const [scale] = await validateFiles([join(EXAMPLES, "scales", "us-ciss.json")]);
  expect(scale).toMatchObject({ kind: "scale", valid: true, issues: [] });
});
