/** Editions: a document under a new id that supersedes another id is a new edition of that scheme. */
import { refId } from "../model/ref.js";
import { isObject } from "./json.js";

/**
 * The edition link from `old` to `next`, when `next` has another id and names `old`'s id as the
 * one it supersedes (`supersedes`, or a `related` entry with relation `supersedes`); else undefined.
 */
export function editionOf(old: Record<string, unknown>, next: Record<string, unknown>): { from: string; to: string } | undefined {
  const from = old["id"];
  const to = next["id"];
  if (typeof from !== "string" || typeof to !== "string" || from === to) return undefined;
  const supersedes = next["supersedes"];
  if (typeof supersedes === "string" && refId(supersedes) === from) return { from, to };
  const related = Array.isArray(next["related"]) ? next["related"].filter(isObject) : [];
  const named = related.some((r) => r["relation"] === "supersedes" && typeof r["ref"] === "string" && refId(r["ref"]) === from);
  return named ? { from, to } : undefined;
}
