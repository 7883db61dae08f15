// Removes the current package's dist/ before a build, so no file of an earlier build is packed.
import { rmSync } from "node:fs";

rmSync("dist", { recursive: true, force: true });
