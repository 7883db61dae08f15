import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NAMESPACE_PATTERN, documentNamespace, namespaceAllowed } from "./namespace.js";

describe("documentNamespace", () => {
  it("is the part of the id before the first slash", () => {
    expect(documentNamespace({ id: "mx/national" })).toBe("mx");
    expect(documentNamespace({ id: "x-org.example/a/b" })).toBe("x-org.example");
    expect(documentNamespace({ id: "/national" })).toBeUndefined();
    expect(documentNamespace({ id: "national" })).toBeUndefined();
    expect(documentNamespace({ id: 3 })).toBeUndefined();
    expect(documentNamespace([])).toBeUndefined();
    expect(documentNamespace(null)).toBeUndefined();
  });
});

describe("namespaceAllowed", () => {
  it("matches exact names, prefixes ending in * and the lone *", () => {
    expect(namespaceAllowed("mx", ["mx"])).toBe(true);
    expect(namespaceAllowed("mxx", ["mx"])).toBe(false);
    expect(namespaceAllowed("x-org.example.cert", ["x-org.example.*"])).toBe(true);
    expect(namespaceAllowed("x-org.example", ["x-org.example.*"])).toBe(false);
    expect(namespaceAllowed("anything", ["*"])).toBe(true);
    expect(namespaceAllowed("mx", [])).toBe(false);
  });

  it("an exact pattern allows only itself; '*' allows every namespace", () => {
    const ns = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,20}$/);
    fc.assert(
      fc.property(ns, ns, (a, b) => {
        expect(NAMESPACE_PATTERN.test(a)).toBe(true);
        expect(namespaceAllowed(a, [b])).toBe(a === b);
        expect(namespaceAllowed(a, ["*"])).toBe(true);
        expect(namespaceAllowed(`${b}${a}`, [`${b}*`])).toBe(true);
      }),
    );
  });

  it("the pattern refuses upper case, inner wildcards and empty names", () => {
    for (const bad of ["", "MX", "a*b", "**", "-mx", "mx/"]) expect([bad, NAMESPACE_PATTERN.test(bad)]).toEqual([bad, false]);
  });
});
