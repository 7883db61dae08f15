/**
 * Mutations of a JSON document: variants that are often, but not always, structurally invalid
 * (dropping an optional key or emptying an optional array keeps a document valid). Used to
 * compare validators on near-miss documents, not only on random noise.
 */
import fc from "fast-check";

/** The kinds of change {@link arbMutation} makes. */
export const MUTATION_KINDS = ["drop-key", "add-key", "rename-key", "wrong-type", "break-pattern", "empty-array", "nest-garbage"] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** A mutated document, with what was changed and where (RFC 6901 pointer). */
export interface Mutation {
  readonly kind: MutationKind;
  readonly pointer: string;
  readonly document: unknown;
}

type Path = readonly (string | number)[];
type JsonObject = { [key: string]: unknown };

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every node of a JSON value with its path, the root first. */
function nodes(value: unknown, path: Path = [], out: { path: Path; value: unknown }[] = []) {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((v, i) => nodes(v, [...path, i], out));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) nodes(v, [...path, k], out);
  return out;
}

function pointer(path: Path): string {
  return path.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** A copy of `doc` with the node at `path` replaced by `update(old)`. */
function replaceAt(doc: unknown, path: Path, update: (old: unknown) => unknown): unknown {
  if (path.length === 0) return update(doc);
  const copy = structuredClone(doc);
  let parent = copy as JsonObject | unknown[];
  for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[step] as JsonObject | unknown[];
  const last = path[path.length - 1]!;
  (parent as Record<string | number, unknown>)[last] = update((parent as Record<string | number, unknown>)[last]);
  return copy;
}

// A non-finite number counts as its own type: JSON.parse("1e400") is Infinity.
const typeOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "number" && !Number.isFinite(v) ? "non-finite" : typeof v);

/** Values of every JSON type, to replace a value with one of another type. */
const arbAnyTyped = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(0, -1, 1.5, 1e21),
  fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.constantFrom("", "x", "1.0.0", "en"),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.constantFrom(1, "a"), { minLength: 1, maxLength: 2 }),
);

/** Deeply nested garbage. */
const arbGarbage = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(null, true, 0, "", "garbage", -1),
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom("a", "kind", "code", "en", "level", "min"), tie("node"), { maxKeys: 3, noNullPrototype: true }),
  ),
})).node;

/** Strings that break the patterns of the model, chosen by what the original looks like. */
function breakString(original: string): fc.Arbitrary<string> {
  const generic = [
    "",
    " ",
    `${original} `,
    ` ${original}`,
    `@${original}`,
    `${original}\n`,
    original.toUpperCase(),
    "x".repeat(101),
    "x".repeat(2001),
    "\u{1F525}".repeat(60), // 60 code points, 120 UTF-16 units: length limits count the latter
    "\u0000",
  ];
  const targeted: string[] = [];
  if (/^\d+\.\d+\.\d+/.test(original)) targeted.push("1.2", "01.2.3", "1.2.3-", "v1.2.3", "1.2.3.4", "1.2.3+");
  if (/^\d{4}-\d\d-\d\d$/.test(original)) targeted.push("2024-02-30", "2023-02-29", "2024-13-01", "2024-1-01", "24-01-01", "2024-01-01T00:00:00Z", "2024-00-10");
  if (/^\d{4}-\d\d-\d\dT/.test(original)) {
    targeted.push("2024-01-01T00:00Z", "2024-01-01t00:00:00Z", "2024-01-01 00:00:00Z", "2024-01-01T00:00:00", "2024-01-01T00:00:00+24:00", "2024-01-01T23:59:60Z", "2024-01-01T00:00:00z", "2024-01-01T00:00:00+0100");
  }
  if (/^#[0-9A-Fa-f]{6}$/.test(original)) targeted.push("#12345G", "123456", "#12345", "#1234567", "red");
  if (/^[A-Za-z]{2,3}(-|$)/.test(original)) targeted.push("english!", "e", "en_GB", "en-", "toolongtag", "en-abcdefghi");
  if (/^https?:/.test(original)) targeted.push("ftp://example.org/", "https://exa mple.org", "example.org");
  if (/^[0-9a-f]{64,128}$/.test(original)) targeted.push(original.toUpperCase(), original.slice(1), `${original}0`);
  if (/^-?\d+(\.\d+)?$/.test(original)) targeted.push("1e3", "01", "1.", ".5", "+1", "1,5", "NaN");
  if (/\//.test(original)) targeted.push("/abs/path", "a/../b", "a//b", "./a", "UPPER/case");
  return fc.constantFrom(...targeted, ...generic);
}

const UNKNOWN_KEYS = ["unknown", "x-extra", "Kind", "en", "es-419", "notes", "__extra__", "valueOf", "constructor"];
const BAD_KEYS = ["english!", " en", "EN_us", "e", "", "toolongsubtag1"];

/**
 * A mutation of `doc`: one change at one node. Many mutations make the document invalid, some
 * leave it valid (count them rather than assume).
 */
export function arbMutation(doc: unknown): fc.Arbitrary<Mutation> {
  const all = nodes(doc);
  const objects = all.filter((n) => isObject(n.value));
  const nonEmptyObjects = objects.filter((n) => Object.keys(n.value as JsonObject).length > 0);
  const strings = all.filter((n) => typeof n.value === "string");
  const arrays = all.filter((n) => Array.isArray(n.value) && n.value.length > 0);
  const nonRoot = all.filter((n) => n.path.length > 0);
  const make = (kind: MutationKind, path: Path, document: unknown): Mutation => ({ kind, pointer: pointer(path), document });

  const options: fc.Arbitrary<Mutation>[] = [];
  if (nonEmptyObjects.length > 0) {
    const pick = fc.constantFrom(...nonEmptyObjects).chain((n) => fc.tuple(fc.constant(n), fc.constantFrom(...Object.keys(n.value as JsonObject))));
    options.push(
      pick.map(([n, key]) =>
        make("drop-key", [...n.path, key], replaceAt(doc, n.path, (o) => Object.fromEntries(Object.entries(o as JsonObject).filter(([k]) => k !== key)))),
      ),
      fc.tuple(pick, fc.constantFrom(...BAD_KEYS)).map(([[n, key], bad]) =>
        make("rename-key", [...n.path, key], replaceAt(doc, n.path, (o) => Object.fromEntries(Object.entries(o as JsonObject).map(([k, v]) => [k === key ? bad : k, v])))),
      ),
    );
  }
  if (objects.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...objects), fc.constantFrom(...UNKNOWN_KEYS), fc.oneof(fc.constant("text"), arbAnyTyped)).map(([n, key, value]) =>
        make("add-key", [...n.path, key], replaceAt(doc, n.path, (o) => ({ ...(o as JsonObject), [key]: value }))),
      ),
    );
  }
  if (nonRoot.length > 0) {
    options.push(
      fc
        .tuple(fc.constantFrom(...nonRoot), arbAnyTyped)
        .filter(([n, v]) => typeOf(n.value) !== typeOf(v))
        .map(([n, v]) => make("wrong-type", n.path, replaceAt(doc, n.path, () => v))),
      fc.tuple(fc.constantFrom(...nonRoot), arbGarbage).map(([n, g]) => make("nest-garbage", n.path, replaceAt(doc, n.path, () => g))),
    );
  }
  if (strings.length > 0) {
    options.push(
      fc
        .constantFrom(...strings)
        .chain((n) => fc.tuple(fc.constant(n), breakString(n.value as string)))
        .map(([n, s]) => make("break-pattern", n.path, replaceAt(doc, n.path, () => s))),
    );
  }
  if (arrays.length > 0) {
    options.push(fc.constantFrom(...arrays).map((n) => make("empty-array", n.path, replaceAt(doc, n.path, () => []))));
  }
  return fc.oneof(...options);
}
