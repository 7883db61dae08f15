import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { DURING_2026, exampleScale, generateKeyPair, keyEntry, keyringOf } from "../../test/integrity-fixtures.js";
import { assertCanonicalJson, safeCanonicalBytes } from "./canonical.js";
import type { Keyring } from "./keyring.js";
import { assertDocumentSignature } from "./sign.js";
import { verifyDocument } from "./verify.js";

let doc: Record<string, unknown>;
let jws: string;
let ring: Keyring;

beforeAll(async () => {
  const pair = await generateKeyPair();
  doc = exampleScale();
  jws = await assertDocumentSignature(doc, pair.privateJwk);
  ring = keyringOf(keyEntry(pair));
});

/** Offsets of whitespace between tokens (outside strings) in a JSON text. */
function insignificantWhitespace(text: string): number[] {
  const out: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (/[ \t\n\r]/.test(c)) out.push(i);
  }
  return out;
}

describe("tamper detection", () => {
  it("any single-byte change to the canonical text that changes the document fails verification", async () => {
    const original = assertCanonicalJson(doc);
    const bytes = new TextEncoder().encode(original);
    const tally = { unparseable: 0, unchanged: 0, meaningful: 0 };
    await fc.assert(
      // noBias: uniform positions and bytes (fast-check otherwise favours small values, i.e. the
      // document's first bytes and control characters).
      fc.asyncProperty(fc.noBias(fc.nat(bytes.length - 1)), fc.noBias(fc.integer({ min: 0, max: 255 })), async (position, replacement) => {
        const mutated = bytes.slice();
        mutated[position] = replacement;
        // Decoded as a reader would (invalid UTF-8 becomes U+FFFD, as fs.readFile(..., "utf8") does).
        let value: unknown;
        try {
          value = JSON.parse(new TextDecoder().decode(mutated));
        } catch {
          tally.unparseable++;
          return;
        }
        const canonical = safeCanonicalBytes(value);
        const result = await verifyDocument(value, jws, ring, { at: DURING_2026 });
        if (canonical.ok && canonical.text === original) {
          tally.unchanged++;
          expect(result.valid).toBe(true);
        } else {
          tally.meaningful++;
          expect(result.valid).toBe(false);
          if (!result.valid && canonical.ok) expect(result.issues.map((i) => i.code)).toContain("signature_invalid");
        }
      }),
      { numRuns: 1000 },
    );
    expect(tally.unparseable + tally.unchanged + tally.meaningful).toBe(1000);
    expect(tally.meaningful).toBeGreaterThanOrEqual(500);
  });

  it("changing only insignificant whitespace keeps the signature valid", async () => {
    const pretty = JSON.stringify(doc, null, 2);
    const spots = insignificantWhitespace(pretty);
    const ws = fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\r"), minLength: 0, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(spots.length - 1), ws), { minLength: 1, maxLength: 20 }), async (edits) => {
        // Replace whitespace runs right to left so earlier offsets stay valid.
        const chars = [...pretty];
        for (const offset of [...new Set(edits.map(([i]) => spots[i]!))].sort((a, b) => b - a)) {
          chars[offset] = edits.find(([i]) => spots[i] === offset)![1];
        }
        const text = chars.join("");
        expect(text.replace(/\s+/g, "")).toBe(pretty.replace(/\s+/g, ""));
        const result = await verifyDocument(JSON.parse(text), jws, ring, { at: DURING_2026 });
        expect(result.valid).toBe(true);
      }),
    );
  });
});
