import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderMessage } from "@sevscale/core";
import type { Issue } from "@sevscale/core";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDocumentFile } from "./read-document-file.js";
import type { ReadDocumentResult } from "./read-document-file.js";
import { es } from "@sevscale/core/locales/es";
import { en } from "@sevscale/core/locales/en";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-read-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function issueOf(result: ReadDocumentResult): { code: string; params: Record<string, unknown> } {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("unreachable");
  expect(result.bytes).toBeUndefined();
  expect(result.issues).toHaveLength(1);
  return result.issues[0]!;
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

describe("readDocumentFile", () => {
  it("reads and parses a document, with positions", async () => {
    const path = join(dir, "scale.json");
    await writeFile(path, '{\n  "nombre": "Señal 😀"\n}');
    const result = await readDocumentFile(path);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.path).toBe(path);
    expect(result.bytes).toEqual(new TextEncoder().encode('{\n  "nombre": "Señal 😀"\n}'));
    expect(result.value).toEqual({ nombre: "Señal 😀" });
    expect(result.locate("/nombre")).toEqual({ line: 2, column: 3, offset: 4 });
  });

  it("hands parse problems over with the bytes it read, not as an I/O problem", async () => {
    const path = join(dir, "broken.json");
    await writeFile(path, Buffer.from([0x5b, 0xff, 0x5d]));
    const result = await readDocumentFile(path);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.io).toBe(false);
    expect(result.bytes).toHaveLength(3);
    expect(result.issues.map((i) => [i.code, i.params.byteOffset])).toEqual([["invalid_utf8", 1]]);
  });

  it("locates parse problems by line and column", async () => {
    const path = join(dir, "dup.json");
    await writeFile(path, '{\n  "a": 1,\n  "a": 2\n}');
    const result = await readDocumentFile(path);
    expect(!result.ok && result.issues.map((i) => [i.code, i.line, i.column])).toEqual([["duplicate_key", 3, 3]]);
  });

  it("reads `-` from standard input, within the same limit", async () => {
    const stdin = Readable.from([Buffer.from('{"a":'), Buffer.from(" [1]}")]);
    const result = await readDocumentFile("-", { stdin });
    expect(result.ok && [result.path, result.value]).toEqual(["-", { a: [1] }]);
    const endless = Readable.from((function* () {
      for (;;) yield Buffer.alloc(1024, 0x20);
    })());
    const over = await readDocumentFile("-", { stdin: endless, maxBytes: 4096 });
    expect(!over.ok && [over.io, over.issues.map((i) => [i.code, i.params.limit])]).toEqual([false, [["document_too_large", 4096]]]);
  });

  it("passes the parse options on", async () => {
    const path = join(dir, "deep.json");
    await writeFile(path, "[[[[1]]]]");
    const result = await readDocumentFile(path, { maxDepth: 2 });
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(["nesting_too_deep"]);
  });

  it("file_not_found, also when a parent is a file", async () => {
    for (const path of [join(dir, "missing.json"), join(dir, "scale.json", "child.json")]) {
      const issue = issueOf(await readDocumentFile(path));
      expect(issue).toMatchObject({ code: "file_not_found", severity: "error", pointer: "", params: { path } });
      expect((await readDocumentFile(path)).ok === false && ((await readDocumentFile(path)) as { io: boolean }).io).toBe(true);
    }
  });

  it("file_unreadable for a directory", async () => {
    const path = join(dir, "a-directory");
    await mkdir(path);
    expect(issueOf(await readDocumentFile(path))).toMatchObject({ code: "file_unreadable", params: { path, reason: "EISDIR" } });
  });

  it.skipIf(isRoot || process.platform === "win32")("file_unreadable without read permission", async () => {
    const path = join(dir, "secret.json");
    await writeFile(path, "{}");
    await chmod(path, 0o000);
    expect(issueOf(await readDocumentFile(path))).toMatchObject({ code: "file_unreadable", params: { path, reason: "EACCES" } });
  });

  it.skipIf(process.platform === "win32" || !existsSync("/usr/bin/mkfifo"))("not_a_directory_entry for a FIFO, without blocking on open", async () => {
    const path = join(dir, "pipe");
    execFileSync("/usr/bin/mkfifo", [path]);
    expect(issueOf(await readDocumentFile(path))).toMatchObject({ code: "not_a_directory_entry", params: { path, kind: "fifo" } });
  });

  it("document_too_large from the file size, without reading a 1 GB file", async () => {
    const path = join(dir, "huge.json");
    await writeFile(path, "");
    await truncate(path, 1024 ** 3); // sparse: takes no disk space
    expect(issueOf(await readDocumentFile(path))).toMatchObject({
      code: "document_too_large",
      params: { bytes: 1024 ** 3, limit: 5 * 1024 * 1024 },
    });
  });

  it("document_too_large at a custom limit, one byte over", async () => {
    const path = join(dir, "eleven.json");
    await writeFile(path, '"123456789"');
    expect(issueOf(await readDocumentFile(path, { maxBytes: 10 }))).toMatchObject({ code: "document_too_large", params: { bytes: 11, limit: 10 } });
    expect((await readDocumentFile(path, { maxBytes: 11 })).ok).toBe(true);
  });

  it.skipIf(!existsSync("/proc/self/status"))("stops reading past the limit when stat under-reports the size", async () => {
    // /proc files report size 0 but have content: the bounded read is what refuses them.
    const issue = issueOf(await readDocumentFile("/proc/self/status", { maxBytes: 100 }));
    expect(issue.code).toBe("document_too_large");
    expect(issue.params.bytes).toBe(101);
  });

  it("I/O issues render in English and Spanish with every placeholder filled", () => {
    const issues: Pick<Issue, "code" | "params">[] = [
      { code: "file_not_found", params: { path: "a.json" } },
      { code: "file_unreadable", params: { path: "a.json", reason: "EISDIR" } },
      { code: "not_a_directory_entry", params: { path: "a.json", kind: "fifo" } },
    ];
    for (const issue of issues) {
      for (const [lang, locale] of [["en", en], ["es", es]] as const) {
        const message = renderMessage(issue, locale);
        expect(message).toContain("a.json");
        expect(message, `${issue.code} ${lang}`).not.toMatch(/\{[A-Za-z]+\}/);
        expect(message.startsWith(issue.code)).toBe(false);
      }
    }
  });
});
