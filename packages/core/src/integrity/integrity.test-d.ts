import { describe, expectTypeOf, it } from "vitest";
import type { Issue } from "../issues/issue.js";
import type { Keyring, KeyringKey, PrivateJwk, PublicJwk, VerifyResult } from "./index.js";

describe("integrity types", () => {
  it("VerifyResult narrows on `valid`", () => {
    const r = {} as VerifyResult;
    if (r.valid) {
      expectTypeOf(r.kid).toEqualTypeOf<string>();
      expectTypeOf(r.publisher).toEqualTypeOf<string | undefined>();
      // @ts-expect-error a valid result carries no issues
      void r.issues;
    } else {
      expectTypeOf(r.issues).toEqualTypeOf<readonly Issue[]>();
    }
  });

  it("a keyring key's JWK is public: no `d`", () => {
    expectTypeOf<KeyringKey["jwk"]>().toExtend<PublicJwk>();
    const key: KeyringKey = {
      kid: "k",
      publisher: "p",
      // @ts-expect-error a private key cannot be put in a keyring
      jwk: { kty: "OKP", crv: "Ed25519", x: "x", d: "d" },
      validFrom: "2026-01-01T00:00:00Z",
      namespaces: ["mx"],
    };
    expectTypeOf<Keyring["keys"][number]>().toEqualTypeOf<KeyringKey>();
    expectTypeOf<PrivateJwk>().toExtend<PublicJwk>();
    void key;
  });
});
