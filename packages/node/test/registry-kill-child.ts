/**
 * Child process of the kill test: builds a registry and is killed part-way by its parent.
 * Usage: registry-kill-child.ts <src> <out> <private.jwk> <keyring.json>
 * Each written file is followed by a short pause so the parent can kill the build mid-way
 * reliably, without depending on the speed of the disk.
 */
import { buildRegistry } from "../src/registry/build.js";

const [src, out, key, keyring] = process.argv.slice(2);
if (!src || !out || !key || !keyring) {
  process.stderr.write("usage: registry-kill-child.ts <src> <out> <private.jwk> <keyring.json>\n");
  process.exit(2);
}
const pause = new Int32Array(new SharedArrayBuffer(4));
const result = await buildRegistry(src, out, {
  signWith: key,
  keyring,
  now: new Date("2026-11-23T00:00:00Z"),
  onProgress: (p) => {
    if (p.phase === "write") Atomics.wait(pause, 0, 0, 5);
  },
});
process.stdout.write(result.ok ? "done\n" : `failed ${JSON.stringify(result.issues.slice(0, 3))}\n`);
