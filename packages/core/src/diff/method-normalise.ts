/**
 * Puts two methods on the same footing before comparing them: renamed level and option codes of
 * the old method are replaced by the new ones, and informational members (notes, labels, ids,
 * guidance, verification) are set aside, so that only what can decide a level is compared.
 */
import type { ChangeSink } from "./change.js";
import { deepEqual, isObject, unionKeys } from "./json.js";
import { child, diffMeta } from "./meta.js";
import type { LevelRenames } from "./scale-levels.js";
import type { OptionRenames } from "./scale-dimensions.js";

/** Members of a method (at any depth) that inform but never decide a level. */
const INFO_KEYS = new Set(["note", "verification", "label", "guidance", "id"]);

type Json = unknown;

function renameCondition(c: Json, opt: (dim: unknown, code: Json) => Json): Json {
  if (!isObject(c)) return c;
  const out: Record<string, Json> = { ...c };
  if (Array.isArray(c["all"])) out["all"] = c["all"].map((x) => renameCondition(x, opt));
  if (Array.isArray(c["any"])) out["any"] = c["any"].map((x) => renameCondition(x, opt));
  if (c["not"] !== undefined) out["not"] = renameCondition(c["not"], opt);
  if (Array.isArray(c["in"])) out["in"] = c["in"].map((x) => opt(c["dimension"], x));
  if (c["atLeast"] !== undefined) out["atLeast"] = opt(c["dimension"], c["atLeast"]);
  if (c["atMost"] !== undefined) out["atMost"] = opt(c["dimension"], c["atMost"]);
  return out;
}

/** The old method with renamed level and option codes replaced by the new codes. */
export function renameMethod(method: Json, levels: LevelRenames, options: OptionRenames): Json {
  const lvl = (code: Json): Json => (typeof code === "string" ? (levels.get(code) ?? code) : code);
  const opt = (dim: unknown, code: Json): Json =>
    typeof dim === "string" && typeof code === "string" ? (options.get(dim)?.get(code) ?? code) : code;
  const mapArray = (value: Json, f: (x: Json, i: number) => Json): Json => (Array.isArray(value) ? value.map(f) : value);
  const rec = (m: Json): Json => {
    if (!isObject(m)) return m;
    const out: Record<string, Json> = { ...m };
    switch (m["kind"]) {
      case "rules":
        out["rules"] = mapArray(m["rules"], (r) =>
          isObject(r) ? { ...r, level: lvl(r["level"]), when: renameCondition(r["when"], opt) } : r,
        );
        if (m["otherwise"] !== undefined) out["otherwise"] = lvl(m["otherwise"]);
        break;
      case "score":
        out["components"] = mapArray(m["components"], (c) => {
          if (!isObject(c) || !isObject(c["values"])) return c;
          const values: Record<string, Json> = {};
          for (const [k, v] of Object.entries(c["values"])) values[String(opt(c["dimension"], k))] = v;
          return { ...c, values };
        });
        out["cutPoints"] = mapArray(m["cutPoints"], (p) => (isObject(p) ? { ...p, level: lvl(p["level"]) } : p));
        if (m["cutPoints"] === undefined) delete out["cutPoints"];
        break;
      case "matrix": {
        const axes = Array.isArray(m["axes"]) ? m["axes"] : [];
        out["axes"] = mapArray(m["axes"], (a) =>
          isObject(a) && Array.isArray(a["groups"])
            ? {
                ...a,
                groups: a["groups"].map((g) =>
                  isObject(g) ? { ...g, members: mapArray(g["members"], (x) => opt(a["dimension"], x)) } : g,
                ),
              }
            : a,
        );
        out["cells"] = mapArray(m["cells"], (cell) => {
          if (!isObject(cell)) return cell;
          const at = mapArray(cell["at"], (x, k) => {
            const axis = axes[k];
            // Ungrouped axes name options directly; grouped axes name their own group codes.
            return isObject(axis) && axis["groups"] === undefined ? opt(axis["dimension"], x) : x;
          });
          return { ...cell, at, level: lvl(cell["level"]) };
        });
        break;
      }
      case "max":
        out["ratings"] = mapArray(m["ratings"], (r) => {
          if (!isObject(r)) return r;
          if (isObject(r["levels"])) {
            const levels: Record<string, Json> = {};
            for (const [k, v] of Object.entries(r["levels"])) levels[String(opt(r["dimension"], k))] = lvl(v);
            return { ...r, levels };
          }
          return { ...r, bands: mapArray(r["bands"], (b) => (isObject(b) ? { ...b, level: lvl(b["level"]) } : b)) };
        });
        break;
      case "judgement":
        if (m["criteria"] !== undefined) {
          out["criteria"] = mapArray(m["criteria"], (c) => (isObject(c) ? { ...c, level: lvl(c["level"]) } : c));
        }
        break;
      case "composite":
        out["components"] = mapArray(m["components"], (c) => (isObject(c) ? { ...c, method: rec(c["method"]) } : c));
        break;
    }
    return out;
  };
  return rec(method);
}

/** A method with its informational members removed (judgement criteria keep only their level). */
export function decidingPart(method: Json): Json {
  if (Array.isArray(method)) return method.map(decidingPart);
  if (!isObject(method)) return method;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(method)) {
    if (INFO_KEYS.has(k) || v === undefined) continue;
    if (k === "criteria" && !Array.isArray(v)) continue; // the text of one judgement criterion
    out[k] = decidingPart(v);
  }
  return out;
}

/** Pointer (relative) to the first place two JSON values differ, in document order; null when equal. */
export function firstDifference(a: Json, b: Json, pointer = ""): string | null {
  if (deepEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], child(pointer, i));
      if (d !== null) return d;
    }
    return pointer;
  }
  if (isObject(a) && isObject(b)) {
    for (const k of unionKeys(a, b)) {
      const d = firstDifference(a[k], b[k], child(pointer, k));
      if (d !== null) return d;
    }
    return pointer;
  }
  return pointer;
}

/**
 * Reports changes to the informational members of a method (patch or minor, like any metadata),
 * walking both methods where their shapes coincide; structural differences are the method
 * comparison's business.
 */
export function diffMethodInfo(sink: ChangeSink, a: Json, b: Json, pointer = "/method"): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) diffMethodInfo(sink, a[i], b[i], child(pointer, i));
    return;
  }
  if (!isObject(a) || !isObject(b)) return;
  for (const k of unionKeys(a, b)) {
    const p = child(pointer, k);
    const isCriterionText = k === "criteria" && !Array.isArray(a[k] ?? b[k]);
    if (INFO_KEYS.has(k) || isCriterionText) diffMeta(sink, a[k], b[k], p, p, k);
    else diffMethodInfo(sink, a[k], b[k], p);
  }
}
