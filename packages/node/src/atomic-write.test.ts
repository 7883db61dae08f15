import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FileWriteError, makeFolder, writeFileAtomic } from "./atomic-write.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-atomic-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

describe("writeFileAtomic", () => {
  it("writes text and bytes, with an exact mode when asked", async () => {
    const a = join(dir, "a.json");
    await writeFileAtomic(a, "hello\n", 0o600);
    expect(await readFile(a, "utf8")).toBe("hello\n");
    expect(await modeOf(a)).toBe(0o600);
    await writeFileAtomic(a, new Uint8Array([1, 2, 3]), { mode: 0o644 });
    expect([...(await readFile(a))]).toEqual([1, 2, 3]);
    expect(await modeOf(a)).toBe(0o644);
    expect(await readdir(dir)).toEqual(["a.json"]);
  });

  it("refuses to replace a file when overwrite is false, leaving it untouched", async () => {
    const a = join(dir, "a.json");
    await writeFile(a, "original");
    await expect(writeFileAtomic(a, "new", { overwrite: false })).rejects.toMatchObject({ code: "EEXIST" });
    expect(await readFile(a, "utf8")).toBe("original");
    expect(await readdir(dir)).toEqual(["a.json"]);
  });

  it("throws Node's error and leaves nothing behind when the directory is missing", async () => {
    await expect(writeFileAtomic(join(dir, "missing", "a.json"), "x")).rejects.toMatchObject({ code: "ENOENT" });
    expect(await readdir(dir)).toEqual([]);
  });

  it("concurrent writers and a reader only ever see one complete version", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ minLength: 1, maxLength: 2000 }), { minLength: 2, maxLength: 8 }), async (contents) => {
        const target = join(dir, "doc.json");
        const versions = new Set(contents);
        let reading = true;
        const seen: string[] = [];
        const reader = (async () => {
          while (reading) {
            try {
              seen.push(await readFile(target, "utf8"));
            } catch (error) {
              if ((error as { code?: string }).code !== "ENOENT") throw error;
            }
          }
        })();
        await Promise.all(contents.map((c) => writeFileAtomic(target, c)));
        reading = false;
        await reader;
        seen.push(await readFile(target, "utf8"));
        for (const s of seen) expect(versions.has(s)).toBe(true);
        expect(await readdir(dir)).toEqual(["doc.json"]);
        await rm(target);
      }),
      { numRuns: 20 },
    );
  });
});

describe("FileWriteError", () => {
  it("names the file asked for and the system's code, and leaves nothing behind", async () => {
    const target = join(dir, "missing", "out.json");
    const error = await writeFileAtomic(target, "{}").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect(error).toMatchObject({ name: "FileWriteError", path: target, code: "ENOENT" });
    await writeFile(join(dir, "taken.json"), "old");
    const exists = await writeFileAtomic(join(dir, "taken.json"), "new", { overwrite: false }).catch((e: unknown) => e);
    expect(exists).toMatchObject({ path: join(dir, "taken.json"), code: "EEXIST" });
    expect(await readFile(join(dir, "taken.json"), "utf8")).toBe("old");
    expect(await readdir(dir)).toEqual(["taken.json"]);
  });

  it("makeFolder makes missing parents, accepts an existing folder, and names a folder it cannot make", async () => {
    await makeFolder(join(dir, "a", "b"));
    await makeFolder(join(dir, "a", "b"));
    expect((await stat(join(dir, "a", "b"))).isDirectory()).toBe(true);
    await writeFile(join(dir, "file"), "");
    const error = await makeFolder(join(dir, "file", "sub")).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "FileWriteError", path: join(dir, "file", "sub"), code: "ENOTDIR" });
  });
});
