import { describe, expect, it } from "vitest";
import { testLevelOf } from "../../test/diff/evaluator.js";
import { baseScale, clone } from "../../test/diff/fixtures.js";
import type { Scale } from "../model/scale.js";
import { diffDocuments } from "./diff-documents.js";
import { renderMessage } from "../issues/render.js";
import { en } from "../locales/en/index.js";
import { es } from "../locales/es/index.js";
import { fr } from "../locales/fr/index.js";
import { pt } from "../locales/pt/index.js";

const options = { levelOf: testLevelOf };
/** [kind, bump, pointer] of every change. */
const changes = (a: Scale, b: Scale) => diffDocuments(a, b, options).changes.map((c) => [c.kind, c.bump, c.pointer]);
const edit = (f: (s: Scale) => void): [Scale, Scale] => {
  const a = baseScale();
  const b = clone(a);
  f(b);
  return [a, b];
};
const level = (code: string, en: string) => ({ code, label: { en, es: en }, definition: { en, es: en } });
const rules = (s: Scale) => {
  if (s.method.kind !== "rules") throw new Error("fixture has rules");
  return s.method;
};

describe("levels", () => {
  it("a level added at the top or bottom is minor", () => {
    expect(changes(...edit((s) => s.levels.push(level("L5", "Emergency"))))).toEqual([["level-added", "minor", "/levels/4"]]);
    expect(changes(...edit((s) => s.levels.unshift(level("L0", "Baseline"))))).toEqual([["level-added", "minor", "/levels/0"]]);
  });

  it("a level inserted between two kept levels is major", () => {
    expect(changes(...edit((s) => s.levels.splice(2, 0, level("L2b", "Elevated"))))).toEqual([["level-inserted", "major", "/levels/2"]]);
  });

  it("a level removed is major (pointer into the old document)", () => {
    const [a, b] = edit((s) => {
      s.levels.splice(1, 1);
      rules(s).rules[2]!.level = "L1";
    });
    const r = diffDocuments(a, b, options);
    expect(r.changes[0]).toMatchObject({ kind: "level-removed", bump: "major", pointer: "/levels/1", params: { code: "L2", rank: 1 } });
    expect(r.required).toBe("major");
  });

  it("a code changed under the same label is a rename (major); the method following the rename is not a method change", () => {
    const [a, b] = edit((s) => {
      s.levels[3]!.code = "L4X";
      rules(s).rules[0]!.level = "L4X";
    });
    expect(changes(a, b)).toEqual([["level-renamed", "major", "/levels/3/code"]]);
  });

  it("significance follows a renamed level", () => {
    const [a, b] = edit((s) => {
      s.levels[2]!.code = "L3X";
      rules(s).rules[1]!.level = "L3X";
      s.significance = { ...s.significance!, level: "L3X" };
    });
    expect(changes(a, b)).toEqual([["level-renamed", "major", "/levels/2/code"]]);
  });

  it("levels re-ordered are major", () => {
    const [a, b] = edit((s) => {
      [s.levels[1], s.levels[2]] = [s.levels[2]!, s.levels[1]!];
    });
    const r = diffDocuments(a, b, options);
    // One of the two swapped levels is reported as moved (the other stays in the longest ordered run).
    expect(r.changes.filter((c) => c.kind === "level-reordered").map((c) => c.params["code"])).toHaveLength(1);
    expect(["L2", "L3"]).toContain(r.changes.find((c) => c.kind === "level-reordered")?.params["code"]);
    expect(r.required).toBe("major");
  });

  it("a split level and merged levels are major", () => {
    const [a, b] = edit((s) => {
      s.levels.splice(2, 1, level("L3a", "High (contained)"), level("L3b", "High (spreading)"));
    });
    expect(changes(a, b)).toContainEqual(["level-split", "major", "/levels/2"]);
    const [c, d] = edit((s) => s.levels.splice(0, 2, level("L12", "Low or medium")));
    const merged = diffDocuments(c, d, options).changes.find((x) => x.kind === "level-merged");
    expect(merged?.params).toEqual({ codes: ["L1", "L2"], into: "L12" });
  });

  it("label, definition and translation wording is patch; a colour is patch", () => {
    expect(changes(...edit((s) => (s.levels[0]!.definition!.es = "Efecto escaso.")))).toEqual([["text-changed", "patch", "/levels/0/definition"]]);
    expect(changes(...edit((s) => (s.levels[1]!.label = { ...s.levels[1]!.label, fr: "Moyen" })))).toEqual([["text-changed", "patch", "/levels/1/label"]]);
    expect(changes(...edit((s) => (s.levels[0]!.color = { hex: "#00BB00" })))).toEqual([["color-changed", "patch", "/levels/0/color/hex"]]);
    expect(changes(...edit((s) => (s.levels[1]!.color = { hex: "#FFFF00" })))).toEqual([["color-changed", "patch", "/levels/1/color"]]);
  });

  it("new optional information on a level is minor", () => {
    expect(changes(...edit((s) => (s.levels[0]!.examples = [{ en: "Spam", es: "Correo basura" }])))).toEqual([
      ["metadata-added", "minor", "/levels/0/examples"],
    ]);
  });
});

describe("notification duties", () => {
  it("added is minor, removed or changed is major, wording is patch", () => {
    expect(changes(...edit((s) => (s.levels[3]!.notification = { deadline: "PT24H" })))).toEqual([
      ["notification-added", "minor", "/levels/3/notification"],
    ]);
    expect(changes(...edit((s) => delete s.levels[2]!.notification))).toEqual([["notification-removed", "major", "/levels/2/notification"]]);
    expect(changes(...edit((s) => (s.levels[2]!.notification!.deadline = "PT24H")))).toEqual([
      ["notification-changed", "major", "/levels/2/notification/deadline"],
    ]);
    expect(changes(...edit((s) => (s.levels[2]!.notification!.mandatory = false)))).toEqual([
      ["notification-changed", "major", "/levels/2/notification/mandatory"],
    ]);
    expect(changes(...edit((s) => (s.levels[2]!.notification!.to = { en: "The CSIRT", es: "El CSIRT" })))).toEqual([
      ["metadata-added", "minor", "/levels/2/notification/to"],
    ]);
  });
});

describe("notification stages", () => {
  const stages = (s: Scale) => s.levels[2]!.notification!.stages!;
  const staged = (f: (s: Scale) => void = () => undefined): [Scale, Scale] => {
    const [a, b] = edit((s) => {
      s.levels[2]!.notification = {
        mandatory: true,
        stages: [
          { name: { en: "Early warning", es: "Alerta temprana" }, deadline: "PT24H", from: "awareness" },
          { name: { en: "Notification", es: "Notificación" }, deadline: "PT72H", from: "awareness" },
        ],
      };
    });
    a.levels[2]!.notification = structuredClone(b.levels[2]!.notification);
    f(b);
    return [a, b];
  };

  it("the single deadline written as one stage with the same deadline changes no obligation", () => {
    const [a] = edit(() => undefined);
    const b = clone(a);
    b.levels[2]!.notification = { mandatory: true, stages: [{ name: { en: "Notification", es: "Notificación" }, deadline: "PT72H" }] };
    expect(changes(a, b)).toEqual([["metadata-added", "minor", "/levels/2/notification/stages/0/name"]]);
  });

  it("a stage added is minor; removed, or its deadline, event or duty changed, is major; its wording is metadata", () => {
    expect(changes(...staged((s) => stages(s).push({ name: { en: "Final report", es: "Informe final" }, deadline: "P1M", from: "notification" })))).toEqual([
      ["notification-added", "minor", "/levels/2/notification/stages/2"],
    ]);
    expect(changes(...staged((s) => stages(s).pop()))).toEqual([["notification-removed", "major", "/levels/2/notification/stages/1"]]);
    expect(changes(...staged((s) => (stages(s)[1]!.deadline = "PT48H")))).toEqual([["notification-changed", "major", "/levels/2/notification/stages/1/deadline"]]);
    expect(changes(...staged((s) => (stages(s)[0]!.from = "detection")))).toEqual([["notification-changed", "major", "/levels/2/notification/stages/0/from"]]);
    expect(changes(...staged((s) => (stages(s)[0]!.mandatory = false)))).toEqual([["notification-changed", "major", "/levels/2/notification/stages/0/mandatory"]]);
    expect(changes(...staged((s) => (stages(s)[0]!.mandatory = true)))).toEqual([]);
    expect(changes(...staged((s) => (stages(s)[0]!.to = { en: "CSIRT", es: "CSIRT" })))).toEqual([["metadata-added", "minor", "/levels/2/notification/stages/0/to"]]);
  });

  it("names the stage in the message", () => {
    const [a, b] = staged((s) => (stages(s)[1]!.deadline = "PT48H"));
    expect(diffDocuments(a, b, options).changes[0]).toMatchObject({ code: "change_notification_stage_deadline_changed", params: { level: "L3", stage: "Notification", from: "PT72H", to: "PT48H" } });
  });
});

describe("sentinels, significance, direction", () => {
  it("sentinel added minor, removed major, meaning changed major", () => {
    expect(changes(...edit((s) => s.sentinels!.push({ code: "NA", meaning: "not-assessed", label: { en: "N/A" } })))).toEqual([
      ["sentinel-added", "minor", "/sentinels/1"],
    ]);
    expect(changes(...edit((s) => (s.sentinels = [])))).toEqual([["sentinel-removed", "major", "/sentinels/0"]]);
    expect(changes(...edit((s) => (s.sentinels![0]!.meaning = "out-of-scope")))).toEqual([["sentinel-changed", "major", "/sentinels/0/meaning"]]);
  });

  it("significance moved or removed is major, added is minor, its wording patch", () => {
    expect(changes(...edit((s) => (s.significance!.level = "L2")))).toEqual([["significance-changed", "major", "/significance/level"]]);
    expect(changes(...edit((s) => delete s.significance))).toEqual([["significance-removed", "major", "/significance"]]);
    const [a, b] = edit(() => undefined);
    delete a.significance;
    expect(changes(a, b)).toEqual([["significance-added", "minor", "/significance"]]);
    expect(changes(...edit((s) => (s.significance!.meaning.en = "National coordination starts.")))).toEqual([
      ["text-changed", "patch", "/significance/meaning"],
    ]);
  });

  it("the numbering direction is minor: display changes, ranks do not", () => {
    expect(changes(...edit((s) => (s.direction = "descending")))).toEqual([["direction-changed", "minor", "/direction"]]);
  });
});

describe("dimensions and options", () => {
  it("removed dimension, type, unit, narrower range and single choice are major", () => {
    const [a, b] = edit((s) => {
      s.dimensions.splice(1, 1);
      rules(s).rules[0]!.when = { dimension: "impact", atLeast: "major" };
    });
    expect(changes(a, b)).toContainEqual(["dimension-removed", "major", "/dimensions/1"]);
    expect(changes(...edit((s) => (s.dimensions[2] = { ...s.dimensions[2]!, unit: "accounts" } as Scale["dimensions"][number])))).toEqual([
      ["dimension-unit-changed", "major", "/dimensions/2/unit"],
    ]);
    expect(changes(...edit((s) => (s.dimensions[2] = { ...s.dimensions[2]!, min: 1 } as Scale["dimensions"][number])))).toEqual([
      ["dimension-range-changed", "major", "/dimensions/2"],
    ]);
    expect(changes(...edit((s) => (s.dimensions[2] = { ...s.dimensions[2]!, max: 1e6 } as Scale["dimensions"][number])))).toEqual([
      ["dimension-range-changed", "major", "/dimensions/2"],
    ]);
    const [c, d] = edit((s) => (s.dimensions[1] = { ...s.dimensions[1]!, multiple: true } as Scale["dimensions"][number]));
    expect(changes(c, d)).toEqual([["dimension-multiple-changed", "minor", "/dimensions/1/multiple"]]);
    expect(changes(d, c)).toEqual([["dimension-multiple-changed", "major", "/dimensions/1/multiple"]]);
  });

  it("a wider range is minor; a changed type is major", () => {
    expect(changes(...edit((s) => (s.dimensions[2] = { ...s.dimensions[2]!, integer: false } as Scale["dimensions"][number])))).toEqual([
      ["dimension-range-changed", "minor", "/dimensions/2"],
    ]);
    const [a, b] = edit((s) => {
      s.dimensions[1] = { code: "scope", type: "quantity", unit: "regions", label: { en: "Scope" } };
    });
    expect(changes(a, b)).toContainEqual(["dimension-type-changed", "major", "/dimensions/1/type"]);
  });

  it("options: added at an end minor, inserted/removed/renamed/re-ordered major", () => {
    const opt = (code: string, en: string) => ({ code, label: { en, es: en } });
    const ordinal = (s: Scale) => s.dimensions[0] as Extract<Scale["dimensions"][number], { type: "ordinal" }>;
    expect(changes(...edit((s) => ordinal(s).options.push(opt("catastrophic", "Catastrophic"))))).toEqual([
      ["option-added", "minor", "/dimensions/0/options/3"],
    ]);
    expect(changes(...edit((s) => ordinal(s).options.splice(1, 0, opt("slight", "Slight"))))).toEqual([
      ["option-inserted", "major", "/dimensions/0/options/1"],
    ]);
    const [a, b] = edit((s) => {
      ordinal(s).options.splice(1, 1);
      rules(s).rules[2]!.when = { dimension: "impact", in: ["none"] };
    });
    expect(changes(a, b)).toContainEqual(["option-removed", "major", "/dimensions/0/options/1"]);
    expect(
      changes(
        ...edit((s) => {
          ordinal(s).options[2]!.code = "severe";
          rules(s).rules[0]!.when = { all: [{ dimension: "impact", atLeast: "severe" }, { dimension: "scope", in: ["national"] }] };
          rules(s).rules[1]!.when = { any: [{ dimension: "impact", atLeast: "severe" }, { dimension: "users", compare: "gte", threshold: { value: 1000 } }] };
        }),
      ),
    ).toEqual([["option-renamed", "major", "/dimensions/0/options/2/code"]]);
    const [c, d] = edit((s) => {
      const o = ordinal(s).options;
      [o[0], o[1]] = [o[1]!, o[0]!];
    });
    expect(changes(c, d).filter(([k]) => k === "option-reordered")).toHaveLength(1);
    expect(diffDocuments(c, d).required).toBe("major");
  });

  it("moving an option of a nominal dimension changes nothing (its options have no order)", () => {
    const nominal = (s: Scale) => {
      const d = s.dimensions.find((x) => x.code === "scope")!;
      if (d.type !== "ordinal") throw new Error("fixture has an ordinal scope");
      return d;
    };
    const asNominal = (s: Scale) => {
      s.dimensions = s.dimensions.map((x) => (x.code === "scope" && x.type === "ordinal" ? { ...x, type: "nominal" as const } : x));
    };
    const [a, b] = edit((s) => {
      const o = nominal(s).options;
      [o[0], o[1]] = [o[1]!, o[0]!];
    });
    asNominal(a);
    asNominal(b);
    expect(changes(a, b).filter(([k]) => k === "option-reordered")).toEqual([]);
    // Its options are still compared one by one: a new label is a change.
    const [c, d] = edit((s) => {
      nominal(s).options[0]!.label = { en: "Municipal", es: "Municipal" };
    });
    asNominal(c);
    asNominal(d);
    expect(changes(c, d).map(([, , pointer]) => pointer)).toContain("/dimensions/1/options/0/label");
  });

  it("a new dimension the method does not use is minor", () => {
    expect(
      changes(...edit((s) => s.dimensions.push({ code: "sector", type: "ordinal", label: { en: "Sector" }, options: [{ code: "energy", label: { en: "Energy" } }] }))),
    ).toEqual([["dimension-added", "minor", "/dimensions/3"]]);
  });
});

describe("metadata", () => {
  it("sources, publisher and contact details are patch", () => {
    expect(changes(...edit((s) => s.sources!.push({ title: "Annex" })))).toEqual([["sources-changed", "patch", "/sources/1"]]);
    expect(changes(...edit((s) => (s.publisher.contact.email = "soc@example.org")))).toEqual([
      ["publisher-changed", "patch", "/publisher/contact/email"],
    ]);
    expect(changes(...edit((s) => (s.publisher.contact.phone = "+1 555 0100")))).toEqual([
      ["publisher-changed", "patch", "/publisher/contact/phone"],
    ]);
  });

  it("title wording is patch; a description or glossary added is minor; a glossary entry reworded is patch", () => {
    expect(changes(...edit((s) => (s.title.en = "Test scale (revised)")))).toEqual([["text-changed", "patch", "/title"]]);
    expect(changes(...edit((s) => (s.description = { en: "About", es: "Acerca de" })))).toEqual([["metadata-added", "minor", "/description"]]);
    const glossary = [{ term: { en: "Incident" }, definition: { en: "An event." } }];
    expect(changes(...edit((s) => (s.glossary = glossary)))).toEqual([["metadata-added", "minor", "/glossary"]]);
    const [a, b] = edit((s) => (s.glossary = [{ term: { en: "Incident" }, definition: { en: "An adverse event." } }]));
    a.glossary = glossary;
    expect(changes(a, b)).toEqual([["text-changed", "patch", "/glossary/0/definition"]]);
  });

  it("languages: added minor, removed major; default language and licence minor", () => {
    expect(changes(...edit((s) => s.languages.push({ tag: "fr", authoritative: false })))).toEqual([["language-added", "minor", "/languages/2"]]);
    expect(changes(...edit((s) => s.languages.pop()))).toEqual([["language-removed", "major", "/languages/1"]]);
    expect(changes(...edit((s) => (s.languages[1]!.authoritative = false)))).toEqual([["metadata-changed", "patch", "/languages/1/authoritative"]]);
    expect(changes(...edit((s) => (s.defaultLanguage = "es")))).toEqual([["default-language-changed", "minor", "/defaultLanguage"]]);
    expect(changes(...edit((s) => (s.license = { id: "CC0-1.0" })))).toEqual([["license-changed", "minor", "/license/id"]]);
  });

  it("tracking members are not content changes", () => {
    const [a, b] = edit((s) => {
      s.status = "superseded";
      s.published = "2027-01-01";
      s.effective = "2027-02-01";
    });
    expect(changes(a, b)).toEqual([]);
  });

  it("a note or rule id in the method is patch, not a method change", () => {
    expect(
      changes(
        ...edit((s) => {
          rules(s).rules[0]!.note = { en: "National incidents", es: "Incidentes nacionales" };
        }),
      ),
    ).toEqual([["metadata-added", "minor", "/method/rules/0/note"]]);
    const [a, b] = edit((s) => (rules(s).rules[0]!.id = "r1"));
    rules(a).rules[0]!.id = "rule-1";
    expect(changes(a, b)).toEqual([["metadata-changed", "patch", "/method/rules/0/id"]]);
  });
});

describe("changes of coded values are worded, not shown as codes", () => {
  const rendered = (a: Scale, b: Scale, kind: string, locale: typeof en) =>
    diffDocuments(a, b, options)
      .changes.filter((c) => c.kind === kind)
      .map((c) => renderMessage(c, locale));
  const stageDuty = (): [Scale, Scale] =>
    edit((s) => {
      s.levels[2]!.notification = { mandatory: true, stages: [{ name: { en: "Report" }, deadline: "PT24H", from: "awareness" }] };
    });

  it("a notification's duty, a stage's event, a sentinel's meaning, the numbering and a dimension's type", () => {
    const duty = edit((s) => (s.levels[2]!.notification!.mandatory = false));
    expect(rendered(...duty, "notification-changed", en)).toEqual(["Notification at level L3 changed from mandatory to voluntary."]);
    expect(rendered(...duty, "notification-changed", fr)[0]).toContain("est passée de obligatoire à facultative");
    const [a, b] = stageDuty();
    const event = clone(b);
    event.levels[2]!.notification!.stages![0]!.from = "detection";
    expect(rendered(b, event, "notification-changed", es)[0]).toContain("antes la toma de conocimiento del incidente, ahora la detección");
    expect(rendered(a, b, "notification-changed", pt).join(" ")).not.toMatch(/\b(true|false|null)\b/);
    expect(rendered(...edit((s) => (s.sentinels![0]!.meaning = "out-of-scope")), "sentinel-changed", pt)[0]).toContain("para “fora do âmbito”");
    expect(rendered(...edit((s) => (s.direction = "descending")), "direction-changed", en)[0]).toContain("to descending (1 is the most severe)");
    const typed = edit((s) => (s.dimensions[1] = { code: "scope", type: "quantity", unit: "regions", label: { en: "Scope" } }));
    expect(rendered(...typed, "dimension-type-changed", fr)[0]).toContain("au type quantité (un nombre)");
  });

  it("every value these changes carry has a word in every language", () => {
    const kinds = ["notification-changed", "sentinel-changed", "direction-changed", "dimension-type-changed"];
    const [a, b] = stageDuty();
    const event = clone(b);
    delete event.levels[2]!.notification!.stages![0]!.from;
    const pairs: [Scale, Scale][] = [
      edit((s) => (s.levels[2]!.notification!.mandatory = false)),
      edit((s) => delete s.levels[2]!.notification!.mandatory),
      edit((s) => (s.sentinels![0]!.meaning = "other")),
      edit((s) => (s.direction = "descending")),
      edit((s) => (s.dimensions[1] = { code: "scope", type: "boolean", label: { en: "Scope" } })),
      [a, b],
      [b, event],
    ];
    let worded = 0;
    for (const locale of [en, es, fr, pt]) {
      const words = locale.terms.values as unknown as Readonly<Record<string, Readonly<Record<string, string>>>>;
      for (const [x, y] of pairs) {
        for (const c of diffDocuments(x, y, options).changes.filter((c) => kinds.includes(c.kind))) {
          const template = (locale.messages as Readonly<Record<string, string>>)[c.code]!;
          for (const [, name, kind] of template.matchAll(/\{([A-Za-z0-9_]+):([A-Za-z]+)\}/g)) {
            const value = String(c.params[name!]);
            expect(Object.keys(words[kind!]!), `${locale.language} ${c.code} ${name}`).toContain(value);
            expect(renderMessage(c, locale)).toContain(words[kind!]![value]);
            worded++;
          }
        }
      }
    }
    expect(worded).toBeGreaterThanOrEqual(4 * 2 * 6);
  });
});
