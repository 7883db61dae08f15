/**
 * Rebuilds examples/registry from examples/scales and examples/mappings, signed with the DEMO key.
 * Run after changing an example: `pnpm registry:example`, then commit examples/registry.
 *
 * The example registry is rebuilt from scratch (into a temporary folder, then swapped in), so it
 * always equals what a fresh build gives — which is what its staleness test checks. A real
 * registry is updated in place instead (`sevscale registry build … --out <registry>`), where
 * released versions are immutable and stay published.
 */
import { mkdtemp, rename, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { renderMessage } from "@sevscale/core";
import { en } from "@sevscale/core/locales/en";
import { EXAMPLE_REGISTRY, buildExampleRegistry } from "./example-registry.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, EXAMPLE_REGISTRY.out);
// Same folder as the target, so the final renames stay on one file system.
const fresh = await mkdtemp(join(dirname(out), ".registry-build-"));
const result = await buildExampleRegistry(root, fresh);
if (!result.ok) {
  for (const f of result.issues) console.error(`${f.path} ${f.issue.pointer}: ${f.issue.code}: ${renderMessage(f.issue, en)}`);
  await rm(fresh, { recursive: true, force: true });
  console.error("example registry not built");
  process.exit(1);
}
const old = `${fresh}.old`;
await rename(out, old).catch((error: { code?: string }) => {
  if (error.code !== "ENOENT") throw error;
});
await rename(fresh, out);
await rm(old, { recursive: true, force: true });
for (const f of result.issues) console.warn(`${f.path}: ${f.issue.code}: ${renderMessage(f.issue, en)}`);
console.log(`${EXAMPLE_REGISTRY.out}: ${result.index.documents.length} documents, generated ${result.index.generated}`);
