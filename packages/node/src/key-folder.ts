import { statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";

/**
 * The folder `sevscale keygen` writes to when none is given: `$SEVSCALE_KEYS_DIR`, else
 * `$XDG_CONFIG_HOME/sevscale/keys`, else `~/.config/sevscale/keys` — outside any repository, so
 * a private key is not committed by accident.
 */
export function defaultKeyFolder(env: Readonly<Record<string, string | undefined>>): string {
  if (env["SEVSCALE_KEYS_DIR"]) return resolve(env["SEVSCALE_KEYS_DIR"]);
  const config = env["XDG_CONFIG_HOME"] || join(env["HOME"] || homedir(), ".config");
  return join(resolve(config), "sevscale", "keys");
}

/**
 * The root of the git work tree that contains `path` (the nearest ancestor, the path itself
 * included, holding a `.git` folder or file), or undefined when there is none. `path` need not
 * exist yet.
 */
export function enclosingGitWorkTree(path: string): string | undefined {
  let dir = resolve(path);
  for (;;) {
    try {
      statSync(join(dir, ".git"));
      return dir;
    } catch {
      // not here: look in the parent
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
