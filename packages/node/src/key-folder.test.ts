import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultKeyFolder, enclosingGitWorkTree } from "./key-folder.js";

describe("key folder", () => {
  it("defaults outside any repository: SEVSCALE_KEYS_DIR, then XDG_CONFIG_HOME, then ~/.config", () => {
    expect(defaultKeyFolder({ SEVSCALE_KEYS_DIR: "/srv/keys", HOME: "/home/a" })).toBe("/srv/keys");
    expect(defaultKeyFolder({ XDG_CONFIG_HOME: "/cfg", HOME: "/home/a" })).toBe("/cfg/sevscale/keys");
    expect(defaultKeyFolder({ HOME: "/home/a" })).toBe("/home/a/.config/sevscale/keys");
  });

  it("finds the git work tree around a path that does not exist yet, and none outside one", () => {
    const root = mkdtempSync(join(tmpdir(), "sevscale-git-"));
    const repo = join(root, "repo");
    mkdirSync(join(repo, ".git"), { recursive: true });
    expect(enclosingGitWorkTree(join(repo, "keys", "new"))).toBe(repo);
    const worktree = join(root, "wt");
    mkdirSync(worktree);
    writeFileSync(join(worktree, ".git"), "gitdir: ../repo/.git/worktrees/wt\n");
    expect(enclosingGitWorkTree(join(worktree, "k"))).toBe(worktree);
    const plain = join(root, "plain");
    mkdirSync(plain);
    // tmpdir() is not inside a repository on the machines this runs on; if it were, the answer
    // would be that repository, never `plain` itself.
    const found = enclosingGitWorkTree(plain);
    expect(found === undefined || !found.startsWith(plain)).toBe(true);
  });
});
