import { expectTypeOf, test } from "vitest";
import { defineMessages } from "../issues/define.js";
import { templates, type Placeholders } from "./templates.js";

const DEFS = defineMessages({
  one_param: { severity: "error", stage: "test", params: ["code"] },
  no_param: { severity: "info", stage: "test", params: [] },
});

test("placeholders are read from a template's type", () => {
  expectTypeOf<Placeholders<"a {x} b {y} c {…}">>().toEqualTypeOf<"x" | "y">();
});

test("a complete set of templates with declared parameters compiles", () => {
  templates<typeof DEFS>()({ one_param: "Level {code} is wrong.", no_param: "Fine." });
});

test("an undeclared parameter, a missing code or an unknown code does not compile", () => {
  // @ts-expect-error {level} is not a parameter of one_param
  templates<typeof DEFS>()({ one_param: "Level {level} is wrong.", no_param: "Fine." });
  // @ts-expect-error no_param has no template
  templates<typeof DEFS>()({ one_param: "Level {code} is wrong." });
  // @ts-expect-error other_code is not in the catalogue part
  templates<typeof DEFS>()({ one_param: "Level {code}.", no_param: "Fine.", other_code: "x" });
});

test("a placeholder may name the words its value is shown with, {name:kind}, of a known kind only", () => {
  expectTypeOf<Placeholders<"a {x:bump} b {y}">>().toEqualTypeOf<"x" | "y">();
  templates<typeof DEFS>()({ one_param: "A {code:bump} change.", no_param: "Fine." });
  // @ts-expect-error {level:bump}: level is not a parameter of one_param
  templates<typeof DEFS>()({ one_param: "A {level:bump} change.", no_param: "Fine." });
  // @ts-expect-error colour is not a kind of words (MessageTerms.values)
  templates<typeof DEFS>()({ one_param: "A {code:colour} change.", no_param: "Fine." });
});

test("a placeholder may give the two forms of a word agreeing with a count, {name|one|other}", () => {
  expectTypeOf<Placeholders<"{x} {x|incident|incidents} b {y|a été|ont été}">>().toEqualTypeOf<"x" | "y">();
  templates<typeof DEFS>()({ one_param: "{code} {code|erreur|erreurs} : {code|a|ont} été vues.", no_param: "Fine." });
  // @ts-expect-error {level|…}: level is not a parameter of one_param
  templates<typeof DEFS>()({ one_param: "{level|error|errors}.", no_param: "Fine." });
  // @ts-expect-error a plural takes exactly two forms
  templates<typeof DEFS>()({ one_param: "{code|error}.", no_param: "Fine." });
  // @ts-expect-error a plural takes exactly two forms
  templates<typeof DEFS>()({ one_param: "{code|one|two|many}.", no_param: "Fine." });
});
