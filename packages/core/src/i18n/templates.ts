/**
 * Typed message templates. A template is a string with `{param}` placeholders; a locale gives
 * one per code, and the compiler checks both directions that matter: every code has a template
 * (a missing key is an error) and a template names only parameters its code declares.
 */
import type { MessageDefinition } from "../issues/define.js";
import type { PlaceholderKind } from "./locale.js";

type NonNameChar = " " | "…" | "," | "." | ":" | ";" | '"' | "'" | "[" | "]" | "{" | "(" | ")" | "=" | "-" | "/";

type PlaceholderName<P extends string> = P extends "" ? never : P extends `${string}${NonNameChar}${string}` ? never : P;

/**
 * The placeholder names of a template literal type (`"a {x} b {y:bump} {n|c|d}"` → `"x" | "y" | "n"`).
 * A placeholder may name the words its value is shown with, `{name:kind}` (see `MessageTerms.values`),
 * or the two forms of a word that agrees with a count, `{name|one|other}`.
 */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer R}` ? PlaceholderOf<P> | Placeholders<R> : never;

/**
 * The parameter one placeholder names: `x`, `x:kind`, or `x|one|other` (a plural: exactly two
 * forms; with any other number of forms the placeholder names `x|`, which no code declares).
 */
type PlaceholderOf<P extends string> = P extends `${infer N}|${infer Forms}`
  ? Forms extends `${string}|${string}|${string}`
    ? `${PlaceholderName<N>}|`
    : Forms extends `${string}|${string}`
      ? PlaceholderName<N>
      : `${PlaceholderName<N>}|`
  : P extends `${infer N}:${string}`
    ? PlaceholderName<N>
    : PlaceholderName<P>;

/** The word kinds a template's placeholders name (`"{y:bump}"` → `"bump"`). */
export type PlaceholderKinds<S extends string> = S extends `${string}{${infer P}}${infer R}`
  ? (P extends `${string}|${string}` ? never : P extends `${infer N}:${infer K}` ? (PlaceholderName<N> extends never ? never : K) : never) | PlaceholderKinds<R>
  : never;

/** The parameter names a message definition declares. */
export type ParamsOf<D> = D extends { readonly params: readonly (infer P)[] } ? P : never;

/** One template per code of a catalogue part. */
export type TemplatesOf<Defs> = { readonly [C in keyof Defs]: string };

type Checked<Defs, T> = {
  readonly [C in keyof T]: C extends keyof Defs
    ? T[C] extends string
      ? [Exclude<Placeholders<T[C]>, ParamsOf<Defs[C]>>] extends [never]
        ? [Exclude<PlaceholderKinds<T[C]>, PlaceholderKind>] extends [never]
          ? T[C]
          : `template names unknown words: :${Exclude<PlaceholderKinds<T[C]>, PlaceholderKind> & string}`
        : `template names an undeclared parameter: {${Exclude<Placeholders<T[C]>, ParamsOf<Defs[C]>> & string}}`
      : string
    : "not a code of this catalogue";
};

/**
 * Declares the templates of one catalogue part in one language, checked at compile time.
 * @example templates<typeof PARSE_MESSAGES>()({ invalid_json: "Not JSON: {detail}", … })
 */
export function templates<Defs extends Readonly<Record<string, MessageDefinition>>>() {
  return <const T extends TemplatesOf<Defs>>(t: T & Checked<Defs, T>): TemplatesOf<Defs> => t;
}
