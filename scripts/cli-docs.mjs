// prepack of @sevscale/cli: copies the documents its --help names (docs/guide.md,
// docs/error-codes.md, and the Spanish, French and Portuguese guides) into the package, so the tarball ships them.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const from = join("..", "..", "docs");
mkdirSync("docs", { recursive: true });
for (const name of ["guide.md", "guia.md", "guide.fr.md", "guide.pt.md", "error-codes.md"]) copyFileSync(join(from, name), join("docs", name));
