import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { KID_PATTERN, generateKeyPair, jwkProblem, jwkThumbprint, toPublicJwk } from "./keys.js";

// RFC 8037 Appendix A.1 (key) and A.3 (its RFC 7638 thumbprint).
const RFC8037 = { kty: "OKP", crv: "Ed25519", d: "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" } as const;

/** RFC 7638 thumbprint written out by hand: SHA-256 of the required members in lexical order. */
function thumbprintByHand(x: string): string {
  return createHash("sha256").update(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`).digest("base64url");
}

describe("jwkThumbprint", () => {
  it("matches RFC 8037 Appendix A.3", async () => {
    expect(await jwkThumbprint(RFC8037)).toBe("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
  });
});

describe("generateKeyPair", () => {
  it("makes an Ed25519 pair whose kid defaults to the RFC 7638 thumbprint", async () => {
    const { privateJwk, publicJwk } = await generateKeyPair();
    expect(publicJwk).toEqual({ kty: "OKP", crv: "Ed25519", x: privateJwk.x, kid: privateJwk.kid, alg: "EdDSA", use: "sig" });
    expect(privateJwk.kid).toBe(thumbprintByHand(privateJwk.x));
    expect(privateJwk.kid).toMatch(KID_PATTERN);
    expect(jwkProblem(privateJwk, true)).toBeUndefined();
    expect(jwkProblem(publicJwk, false)).toBeUndefined();
    expect(jwkProblem(publicJwk, true)).toBe("d_invalid");
    expect("d" in publicJwk).toBe(false);
    expect((await generateKeyPair()).privateJwk.d).not.toBe(privateJwk.d);
  });

  it("uses a given kid, and refuses one that is not file-name safe", async () => {
    expect((await generateKeyPair("mx-2026")).publicJwk.kid).toBe("mx-2026");
    await expect(generateKeyPair("../etc/passwd")).rejects.toThrow(TypeError);
    await expect(generateKeyPair("")).rejects.toThrow(TypeError);
  });
});

describe("toPublicJwk / jwkProblem", () => {
  it("drops the private member", () => {
    expect(toPublicJwk({ ...RFC8037, kid: "k" } as never)).toEqual({ kty: "OKP", crv: "Ed25519", x: RFC8037.x, kid: "k" });
  });

  it("names what is wrong with a JWK", () => {
    expect(jwkProblem(null, false)).toBe("not_an_object");
    expect(jwkProblem({ ...RFC8037, kty: "EC" }, false)).toBe("kty_not_okp");
    expect(jwkProblem({ ...RFC8037, crv: "Ed448" }, false)).toBe("crv_not_ed25519");
    expect(jwkProblem({ ...RFC8037, x: "short" }, false)).toBe("x_invalid");
    expect(jwkProblem({ ...RFC8037, alg: "ES256" }, false)).toBe("alg_not_eddsa");
    expect(jwkProblem({ ...RFC8037, kid: "a/b" }, false)).toBe("kid_invalid");
  });
});
