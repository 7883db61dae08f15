/**
 * `sevscale keyring create|add|remove|list`: a keyring edited by commands rather than by hand.
 * Every change is validated with the core's keyring checks before it is written, and written
 * atomically, so a keyring on disk is always one that `verify` and `registry` accept. Adding a
 * key bumps the keyring's minor version, removing one its major version (someone who trusted the
 * key no longer can).
 */
import { createPublicKey } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { KID_PATTERN, jwkThumbprint, toPublicJwk, validateKeyring } from "@sevscale/core";
import type { Issue, Keyring, KeyringKey, PublicJwk } from "@sevscale/core";
import { readJwkFile, readKeyringFile, writeFileAtomic } from "@sevscale/node";
import type { CommandContext, CommandRun } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { displayPath, safeText } from "../format.js";
import { cliTexts } from "../i18n.js";
import { closestFirst } from "../closest.js";
import { parseInstant } from "../options.js";
import { issueJson, printInputProblems } from "../report.js";
import { writeJson } from "../report.js";

const DEFAULT_ID = "local/keyring";

/** The next version after a change: `1.2.3` → `1.3.0` (minor) or `2.0.0` (major); pre-release and build parts are dropped. */
export function bumpVersion(version: string, part: "major" | "minor"): string {
  const [major, minor] = version.split(/[-+]/)[0]!.split(".").map(Number) as [number, number];
  return part === "major" ? `${major + 1}.0.0` : `${major}.${minor + 1}.0`;
}

function shown(ctx: CommandContext, path: string): string {
  return safeText(displayPath(path, ctx.io.cwd));
}

/** Reports issues about a file and returns the exit code for findings. */
function findings(ctx: CommandContext, path: string, issues: readonly Issue[], json: boolean): number {
  const list = issues.map((issue) => ({ file: displayPath(path, ctx.io.cwd), issue }));
  if (json) writeJson(ctx, { file: displayPath(path, ctx.io.cwd), issues: list.map((f) => issueJson(f, ctx.lang)) });
  else printInputProblems(ctx.io, list, ctx.lang);
  return issues.some((i) => i.code === "file_not_found" || i.code === "file_unreadable") ? ExitCode.Usage : ExitCode.Findings;
}

/** Writes a keyring after checking it; returns the issues that stopped it (nothing written then). */
async function writeKeyring(path: string, keyring: unknown, overwrite: boolean): Promise<readonly Issue[]> {
  const issues = validateKeyring(keyring);
  if (issues.length > 0) return issues;
  await writeFileAtomic(path, `${JSON.stringify(keyring, null, 2)}\n`, { overwrite });
  return [];
}

function ioError(ctx: CommandContext, path: string, error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EEXIST") throw new UsageError(cliTexts(ctx.lang).outputExists(shown(ctx, path)));
  if (typeof code === "string") throw new UsageError(`${shown(ctx, path)}: ${code}`);
  throw error;
}

/** `keyring create <file> [--id] [--force] [--format text|json]`; in JSON `{file, id, version, issues}` (docs/cli.md). */
export const create: CommandRun = async (ctx, args, options) => {
  const t = cliTexts(ctx.lang);
  const json = options["format"] === "json";
  const path = resolve(ctx.io.cwd, args[0]!);
  const keyring = { kind: "keyring", id: (options["id"] as string | undefined) ?? DEFAULT_ID, version: "1.0.0", keys: [] };
  let issues: readonly Issue[];
  try {
    issues = await writeKeyring(path, keyring, options["force"] === true);
  } catch (error) {
    ioError(ctx, path, error);
  }
  if (issues.length > 0) return findings(ctx, path, issues, json);
  if (json) writeJson(ctx, { file: displayPath(path, ctx.io.cwd), id: keyring.id, version: keyring.version, issues: [] });
  else ctx.io.stdout.write(`${t.keyringCreated(shown(ctx, path))}\n`);
  return ExitCode.Ok;
};

/** Reads a public key from a JWK file or a PEM file (SPKI); a private key is refused. */
async function readPublicKey(ctx: CommandContext, path: string): Promise<{ ok: true; jwk: PublicJwk } | { ok: false; issues: readonly Issue[] }> {
  const t = cliTexts(ctx.lang);
  let head: string;
  try {
    head = (await readFile(path, "utf8")).slice(0, 64 * 1024);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, issues: [{ code: code === "ENOENT" ? "file_not_found" : "file_unreadable", severity: "error", pointer: "", params: { path, reason: String(code) } }] };
  }
  if (head.trimStart().startsWith("-----BEGIN")) {
    if (/PRIVATE KEY-----/.test(head)) throw new UsageError(t.keyringPrivateGiven(shown(ctx, path)));
    try {
      const jwk = createPublicKey(head).export({ format: "jwk" }) as { kty?: string; crv?: string; x?: string };
      if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519" || typeof jwk.x !== "string") throw new Error("not Ed25519");
      return { ok: true, jwk: { kty: "OKP", crv: "Ed25519", x: jwk.x } };
    } catch {
      throw new UsageError(t.keyringPemInvalid(shown(ctx, path)));
    }
  }
  const read = await readJwkFile(path);
  if (!read.ok) return read;
  if (read.isPrivate) throw new UsageError(t.keyringPrivateGiven(shown(ctx, path)));
  return { ok: true, jwk: read.jwk };
}

/** Reads the keyring a command edits or lists; issues when it is missing or invalid. */
async function load(path: string): Promise<{ ok: true; keyring: Keyring } | { ok: false; issues: readonly Issue[] }> {
  return readKeyringFile(path);
}

function instant(ctx: CommandContext, value: unknown, fallback: string | undefined): string | undefined {
  if (value === undefined) return fallback;
  const date = parseInstant(String(value));
  if (date === undefined) throw new UsageError(cliTexts(ctx.lang).notAnInstant(safeText(String(value))));
  return String(value);
}

/** `keyring add <file> --key <pub.jwk|pem> --namespace <ns...> [--publisher] [--kid] [--not-before] [--not-after]`. */
export const add: CommandRun = async (ctx, args, options) => {
  const t = cliTexts(ctx.lang);
  const json = options["format"] === "json";
  const path = resolve(ctx.io.cwd, args[0]!);
  const keyPath = resolve(ctx.io.cwd, options["key"] as string);
  const kidOption = options["kid"] as string | undefined;
  if (kidOption !== undefined && !KID_PATTERN.test(kidOption)) throw new UsageError(t.kidInvalid(String(KID_PATTERN), safeText(kidOption)));
  const validFrom = instant(ctx, options["notBefore"], new Date().toISOString().replace(/\.\d{3}Z$/, "Z"))!;
  const validTo = instant(ctx, options["notAfter"], undefined);

  const loaded = await load(path);
  if (!loaded.ok) return findings(ctx, path, loaded.issues, json);
  const key = await readPublicKey(ctx, keyPath);
  if (!key.ok) return findings(ctx, keyPath, key.issues, json);

  const kid = kidOption ?? key.jwk.kid ?? (await jwkThumbprint(key.jwk));
  const keyring = loaded.keyring;
  const entry: KeyringKey = {
    kid,
    publisher: (options["publisher"] as string | undefined) ?? keyring.id.slice(0, keyring.id.indexOf("/")),
    jwk: { ...toPublicJwk(key.jwk), kid, alg: "EdDSA", use: "sig" },
    validFrom,
    ...(validTo === undefined ? {} : { validTo }),
    namespaces: options["namespace"] as string[],
  };
  const version = bumpVersion(keyring.version, "minor");
  const next = { ...keyring, version, keys: [...keyring.keys, entry] };
  return saveEdited(ctx, path, next, json, { added: entry }, t.keyringAdded(safeText(kid), shown(ctx, path), version));
};

/** `keyring remove <file> <key-id>`. */
export const remove: CommandRun = async (ctx, args, options) => {
  const t = cliTexts(ctx.lang);
  const json = options["format"] === "json";
  const path = resolve(ctx.io.cwd, args[0]!);
  const kid = args[1]!;
  const loaded = await load(path);
  if (!loaded.ok) return findings(ctx, path, loaded.issues, json);
  const keyring = loaded.keyring;
  if (!keyring.keys.some((k) => k.kid === kid)) {
    // The key ids closest to the one typed first: a typo shows its fix at the front.
    const known = closestFirst(kid, keyring.keys.map((k) => k.kid));
    if (json) writeJson(ctx, { file: displayPath(path, ctx.io.cwd), version: keyring.version, removed: null, known, issues: [] });
    ctx.io.stderr.write(`sevscale: ${t.keyringKidUnknown(safeText(kid), safeText(known.length > 0 ? known.join(", ") : "—"))}\n`);
    return ExitCode.Findings;
  }
  const version = bumpVersion(keyring.version, "major");
  const next = { ...keyring, version, keys: keyring.keys.filter((k) => k.kid !== kid) };
  return saveEdited(ctx, path, next, json, { removed: kid }, t.keyringRemoved(safeText(kid), shown(ctx, path), version));
};

/**
 * Writes an edited keyring over its file (its version already bumped) and reports the edit: the
 * JSON shape `{ file, version, <change>, issues }`, else one line.
 */
async function saveEdited(ctx: CommandContext, path: string, next: Keyring, json: boolean, change: Readonly<Record<string, unknown>>, line: string): Promise<number> {
  let issues: readonly Issue[];
  try {
    issues = await writeKeyring(path, next, true);
  } catch (error) {
    ioError(ctx, path, error);
  }
  if (issues.length > 0) return findings(ctx, path, issues, json);
  if (json) writeJson(ctx, { file: displayPath(path, ctx.io.cwd), version: next.version, ...change, issues: [] });
  else ctx.io.stdout.write(`${line}\n`);
  return ExitCode.Ok;
}

/** Whether a key is valid at `now`. */
export function keyState(key: KeyringKey, now: number): "valid" | "expired" | "pending" {
  if (Date.parse(key.validFrom) > now) return "pending";
  if (key.validTo !== undefined && Date.parse(key.validTo) < now) return "expired";
  return "valid";
}

/** `keyring list <file> [--format json]`. */
export const list: CommandRun = async (ctx, args, options) => {
  const t = cliTexts(ctx.lang);
  const json = options["format"] === "json";
  const path = resolve(ctx.io.cwd, args[0]!);
  const loaded = await load(path);
  if (!loaded.ok) return findings(ctx, path, loaded.issues, json);
  const { keyring } = loaded;
  const now = Date.now();
  if (json) {
    writeJson(ctx, {
      file: displayPath(path, ctx.io.cwd),
      id: keyring.id,
      version: keyring.version,
      keys: keyring.keys.map((k) => ({ kid: k.kid, publisher: k.publisher, namespaces: k.namespaces, validFrom: k.validFrom, validTo: k.validTo ?? null, state: keyState(k, now) })),
      issues: [],
    });
    return ExitCode.Ok;
  }
  ctx.io.stdout.write(`${safeText(keyring.id)} ${safeText(keyring.version)} (${shown(ctx, path)})\n`);
  if (keyring.keys.length === 0) {
    ctx.io.stdout.write(`${t.keyringEmpty}\n`);
    return ExitCode.Ok;
  }
  ctx.io.stdout.write(`${t.keyringHeader}\n`);
  for (const k of keyring.keys) {
    const cells = [k.kid, k.publisher, k.namespaces.join(", "), k.validFrom, k.validTo ?? t.keyringForever, t.keyringState[keyState(k, now)]];
    ctx.io.stdout.write(`${cells.map((c) => safeText(c)).join(" | ")}\n`);
  }
  return ExitCode.Ok;
};
