import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dimension } from "@sevscale/core";
import { boundedLines, csvFacts, csvRecords, ndjsonRecord, ndjsonRecords } from "./records.js";

/** A stream of the text cut into the given chunk sizes (cuts may fall inside a CRLF or a UTF-8 character). */
function chunked(text: string, sizes: readonly number[]): AsyncIterable<Buffer> {
  const bytes = Buffer.from(text, "utf8");
  const parts: Buffer[] = [];
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const n = Math.max(1, sizes.length === 0 ? bytes.length : sizes[i % sizes.length]!);
    parts.push(bytes.subarray(at, at + n));
    at += n;
  }
  return Readable.from(parts);
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const ordinal = (code: string, options: string[], extra: object = {}): Dimension => ({ code, type: "ordinal", label: { en: code }, options: options.map((o) => ({ code: o, label: { en: o } })), ...extra }) as Dimension;

describe("boundedLines", () => {
  it("gives the lines of any text, LF or CRLF, however the stream is cut", async () => {
    const line = fc.string({ unit: fc.constantFrom("a", "é", "€", " ", "\r", "{"), maxLength: 12 }).filter((s) => !s.endsWith("\r"));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 8 }), fc.boolean(), fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 5 }), async (lines, crlf, sizes) => {
        const text = lines.join(crlf ? "\r\n" : "\n");
        const got = await collect(boundedLines(chunked(text, sizes), 1000));
        const expected = lines.map((t, i) => ({ line: i + 1, text: t }));
        // A last empty line is no line (text ending in a newline).
        if (lines.at(-1) === "") expected.pop();
        expect(got).toEqual(expected);
      }),
    );
  });

  it("drops a line longer than the limit, counts its bytes, and reads on", async () => {
    const long = "x".repeat(50_000);
    const got = await collect(boundedLines(chunked(`short\n${long}\r\nafter`, [4096]), 1024));
    expect(got).toEqual([{ line: 1, text: "short" }, { line: 2, tooLarge: 50_001 }, { line: 3, text: "after" }]);
  });
});

describe("NDJSON records", () => {
  const dims = [ordinal("effect", ["E1", "E2"])];
  const options = { maxRecordBytes: 1000, dimensions: dims };

  it("reads {id, facts} records and bare facts with an id, placing the facts", () => {
    expect(ndjsonRecord('{"id": "INC-1", "facts": {"effect": "E1"}}', 7, options)).toMatchObject({ line: 7, id: "INC-1", facts: { effect: "E1" }, factsPointer: "/facts" });
    expect(ndjsonRecord('{"id": 42, "effect": "E2"}', 3, options)).toMatchObject({ id: "42", facts: { effect: "E2" }, factsPointer: "" });
    const located = ndjsonRecord('{"facts": {"effect": "E9"}}', 5, options);
    expect("locate" in located && located.locate?.("/facts/effect", "value")).toMatchObject({ line: 5, column: 22 });
  });

  it("keeps `id` as a fact when the scale has a dimension called id", () => {
    const withId = { maxRecordBytes: 1000, dimensions: [...dims, ordinal("id", ["a"])] };
    expect(ndjsonRecord('{"id": "a", "effect": "E1"}', 1, withId)).toMatchObject({ facts: { id: "a", effect: "E1" } });
    expect(ndjsonRecord('{"id": "a", "effect": "E1"}', 1, withId)).not.toHaveProperty("id");
  });

  it("reports a line that is not JSON with its file line, a duplicate key, and a line too long; and goes on", async () => {
    const text = ['{"id": "ok", "facts": {"effect": "E1"}}', "{effect: E1}", '{"effect": "E1", "effect": "E2"}', "", `{"effect": "${"E".repeat(2000)}"}`, '{"effect": "E2"}'].join("\n");
    const got = await collect(ndjsonRecords(chunked(text, [16]), options));
    expect(got.map((r) => [r.line, "facts" in r, r.issues.map((i) => i.code)])).toEqual([
      [1, true, []],
      [2, false, ["invalid_json"]],
      [3, false, ["duplicate_key"]],
      [5, false, ["incident_too_large"]],
      [6, true, []],
    ]);
    expect(got[1]!.issues[0]).toMatchObject({ line: 2, column: 2 });
  });
});

describe("CSV records", () => {
  const dims = [ordinal("effect", ["E1", "E2"]), ordinal("sectors", ["energy", "water"], { multiple: true }), { code: "loss", type: "quantity", label: { en: "loss" }, unit: "EUR" } as Dimension];

  it("turns a row into facts: empty cells not given, | between several options, id apart", () => {
    expect(csvFacts(["id", "effect", "sectors", "loss"], ["INC-1", " E2 ", "energy | water", ""], dims)).toEqual({ id: "INC-1", facts: { effect: "E2", sectors: ["energy", "water"] } });
    expect(csvFacts(["effect", "loss"], ["", "1200.50"], dims)).toEqual({ facts: { loss: "1200.50" } });
  });

  it("reads quoted fields over several lines, reports a bad record with its line, and goes on", async () => {
    const text = 'id,effect,loss\nA,E1,"1,5"\nB,"E2",\n"C\nD",E1,3\nE,E1\nF,E2,7\n';
    const got = await collect(csvRecords(Readable.from([text]), { maxRecordBytes: 1000, dimensions: dims }));
    expect(got.map((r) => [r.line, r.id ?? null, "facts" in r ? r.facts : r.issues.map((i) => [i.code, i.params])])).toEqual([
      [2, "A", { effect: "E1", loss: "1,5" }],
      [3, "B", { effect: "E2" }],
      [5, "C\nD", { effect: "E1", loss: "3" }],
      [6, null, [["incident_csv_invalid", { problem: "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH" }]]],
      [7, "F", { effect: "E2", loss: "7" }],
    ]);
  });

  it("stops at a record longer than the limit, with a coded issue", async () => {
    const text = `effect\nE1\n${"E".repeat(5000)}\nE2\n`;
    const got = await collect(csvRecords(Readable.from([text]), { maxRecordBytes: 1000, dimensions: dims }));
    expect(got.at(0)).toMatchObject({ facts: { effect: "E1" } });
    expect(got.at(-1)!.issues.map((i) => i.code)).toEqual(["incident_csv_too_large"]);
  });
});
