/**
 * Walks a value together with the node of the structure table that describes it
 * (generated/structure-table.ts): the keys allowed at a place, and every language map of a
 * document. The same choices as _schema-walk.ts makes over zod schemas (which generators and
 * tests use), without zod.
 */
import type { PackedNode, StructureNode } from "./_structure-report.js";
import { acceptsStructure, unpackTable } from "./_structure-report.js";
import type { Path } from "./_issue.js";
import { isRecord, ownValue } from "../parse/json-value.js";

type Nodes = readonly StructureNode[];

/** Removes optional and nullable wrappers. */
function unwrap(nodes: Nodes, n: number): number {
  for (let node = nodes[n]!; node.t === "optional" || node.t === "nullable"; node = nodes[n]!) n = node.of;
  return n;
}

function objectKeys(nodes: Nodes, n: number): string[] | undefined {
  const node = nodes[unwrap(nodes, n)]!;
  return node.t === "object" ? node.fields.map((f) => f.key) : undefined;
}

/** True when the value has a key the option fixes to literal values, with another value. */
function contradictsTag(nodes: Nodes, option: number, value: unknown): boolean {
  const node = nodes[unwrap(nodes, option)]!;
  if (node.t !== "object" || !isRecord(value)) return false;
  return node.fields.some((f) => {
    const field = nodes[unwrap(nodes, f.node)]!;
    return field.t === "literal" && Object.hasOwn(value, f.key) && !field.values.includes(value[f.key] as never);
  });
}

function overlap(keys: readonly string[], value: unknown): number {
  if (!isRecord(value)) return 0;
  return keys.filter((k) => Object.hasOwn(value, k)).length - Object.keys(value).filter((k) => !keys.includes(k)).length / 100;
}

/**
 * The union option that describes `value`: by discriminator when there is one, else the first
 * option that accepts the value, else the object option whose keys overlap the value's most.
 */
function pickOption(nodes: Nodes, n: number, value: unknown): number | undefined {
  const node = nodes[n]!;
  if (node.t === "tagged") {
    const tag = ownValue(value, node.tag);
    return node.of.find((o) => {
      const option = nodes[unwrap(nodes, o)]!;
      const field = option.t === "object" ? option.fields.find((f) => f.key === node.tag) : undefined;
      const f = field ? nodes[unwrap(nodes, field.node)]! : undefined;
      return f?.t === "literal" && f.values.includes(tag as never);
    });
  }
  if (node.t !== "union") return undefined;
  for (const option of node.of) if (acceptsStructure(nodes, option, value, Infinity)) return option;
  if (!isRecord(value)) return undefined;
  let best: number | undefined;
  let bestScore = -1;
  for (const option of node.of) {
    const keys = objectKeys(nodes, option);
    if (!keys || contradictsTag(nodes, option, value)) continue;
    const score = overlap(keys, value);
    if (score > bestScore) {
      best = option;
      bestScore = score;
    }
  }
  return best;
}

const isUnion = (node: StructureNode): boolean => node.t === "union" || node.t === "tagged";

/** The node of a child of `value` (described by node `n`) at one path segment. */
function childNode(nodes: Nodes, n: number, value: unknown, segment: string | number): number | undefined {
  let s = unwrap(nodes, n);
  if (isUnion(nodes[s]!)) {
    const picked = pickOption(nodes, s, value);
    if (picked === undefined) return undefined;
    s = unwrap(nodes, picked);
  }
  const node = nodes[s]!;
  if (node.t === "object") return typeof segment === "string" ? node.fields.find((f) => f.key === segment)?.node : undefined;
  if (node.t === "array") return typeof segment === "number" ? node.of : undefined;
  if (node.t === "record") return typeof segment === "string" ? node.of : undefined;
  return undefined;
}

/**
 * The keys allowed in the object at `path` (a union is narrowed by the value; when several
 * options fit the value's keys equally well, their keys are merged, so a misspelt key lists
 * every spelling it may have meant). Empty when the path leads nowhere the model describes.
 */
export function allowedKeysAt(nodes: Nodes, root: number, rootValue: unknown, path: Path): string[] {
  let n: number | undefined = root;
  let value = rootValue;
  for (const seg of path) {
    n = childNode(nodes, n, value, seg);
    if (n === undefined) return [];
    value = ownValue(value, seg);
  }
  const s = unwrap(nodes, n);
  const node = nodes[s]!;
  if (node.t === "tagged") {
    const picked = pickOption(nodes, s, value);
    return picked === undefined ? [] : (objectKeys(nodes, picked) ?? []);
  }
  if (node.t !== "union") return objectKeys(nodes, s) ?? [];
  const fitting = node.of.filter((o) => !contradictsTag(nodes, o, value));
  const scored = (fitting.length > 0 ? fitting : node.of).flatMap((o) => {
    const keys = objectKeys(nodes, o);
    return keys ? [{ keys, score: overlap(keys, value) }] : [];
  });
  const best = Math.max(...scored.map((x) => x.score));
  return [...new Set(scored.filter((x) => x.score === best).flatMap((x) => x.keys))];
}

/**
 * Visits every value of a (structurally valid) document that node `target` describes, depth
 * first, in the order of the model's fields, without descending into what it finds (the order
 * _schema-walk.ts `findAll` visits). `path` is only valid during the call.
 */
export function findNodes(table: readonly PackedNode[], n: number, target: number, value: unknown, found: (value: unknown, path: readonly (string | number)[]) => void, path: (string | number)[] = []): void {
  const nodes = unpackTable(table);
  const reach = reaching(nodes, target);
  if (reach[n]) visitReaching(nodes, reach, n, target, value, found, path);
}

/** For each node of a table, whether a value it describes can hold a value of node `target`. */
const reachCache = new WeakMap<Nodes, Map<number, readonly boolean[]>>();
function reaching(nodes: Nodes, target: number): readonly boolean[] {
  let byTarget = reachCache.get(nodes);
  if (!byTarget) reachCache.set(nodes, (byTarget = new Map()));
  const known = byTarget.get(target);
  if (known) return known;
  const children = (node: StructureNode): readonly number[] => {
    switch (node.t) {
      case "optional":
      case "nullable":
      case "array":
      case "record":
        return [node.of];
      case "union":
      case "tagged":
        return node.of;
      case "object":
        return node.fields.map((f) => f.node);
      default:
        return [];
    }
  };
  const reach = nodes.map((_, i) => i === target);
  // A fixpoint: a node reaches the target when one of its children does (the table may be recursive).
  for (let changed = true; changed; ) {
    changed = false;
    nodes.forEach((node, i) => {
      if (!reach[i] && children(node).some((c) => reach[c])) changed = reach[i] = true;
    });
  }
  byTarget.set(target, reach);
  return reach;
}

/** {@link findNodes} below a node that reaches the target: subtrees that cannot hold it are skipped. */
function visitReaching(nodes: Nodes, reach: readonly boolean[], n: number, target: number, value: unknown, found: (value: unknown, path: readonly (string | number)[]) => void, path: (string | number)[]): void {
  let s = unwrap(nodes, n);
  if (isUnion(nodes[s]!)) {
    const picked = pickOption(nodes, s, value);
    if (picked === undefined) return;
    s = unwrap(nodes, picked);
  }
  if (s === target) {
    found(value, path);
    return;
  }
  const node = nodes[s]!;
  if (node.t === "object" && isRecord(value)) {
    for (const f of node.fields) {
      const v = value[f.key];
      if (!reach[f.node] || v === undefined || !Object.hasOwn(value, f.key)) continue;
      path.push(f.key);
      visitReaching(nodes, reach, f.node, target, v, found, path);
      path.pop();
    }
  } else if (node.t === "array" && Array.isArray(value)) {
    if (!reach[node.of]) return;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) continue;
      path.push(i);
      visitReaching(nodes, reach, node.of, target, value[i], found, path);
      path.pop();
    }
  } else if (node.t === "record" && isRecord(value)) {
    if (!reach[node.of]) return;
    for (const key of Object.keys(value)) {
      path.push(key);
      visitReaching(nodes, reach, node.of, target, value[key], found, path);
      path.pop();
    }
  }
}
