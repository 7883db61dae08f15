/** Stage 2 for registry indexes. */
import type { Issue } from "../issues/issue.js";
import type { RegistryIndex } from "../model/registry.js";
import { sortIssues } from "./_issue.js";
import { registryUnique } from "./rules/registry-unique.js";

/** The meaning stage for a structurally valid registry index (paths and entries unique). */
export function validateRegistryIndex(index: RegistryIndex): Issue[] {
  return sortIssues(registryUnique(index));
}
