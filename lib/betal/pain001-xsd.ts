import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/**
 * For tests and the bench only: the official pain.001.001.03 schema, published in the shared
 * contract beside the clone (`../shared/contract/iso20022/`; CI puts shared/ there; a git
 * worktree one level deeper finds it one more level up), and xmllint (Debian's libxml2-utils)
 * as the validator.
 */

const repoRoot = path.resolve(__dirname, "..", "..");

export function painXsdSti(): string {
  const kandidater = [path.resolve(repoRoot, "..", "shared"), path.resolve(repoRoot, "..", "..", "shared")].map((d) => path.join(d, "contract", "iso20022", "pain.001.001.03.xsd"));
  const funnet = kandidater.find((k) => existsSync(k));
  if (!funnet) throw new Error(`fant ikke pain.001.001.03.xsd (lette i ${kandidater.join(", ")})`);
  return funnet;
}

export const harXmllint = (() => {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** Validates a file against the schema with xmllint: null when valid, else xmllint's complaint. */
export function validerPain001(fil: string): string | null {
  try {
    execFileSync("xmllint", ["--noout", "--schema", painXsdSti(), fil], { stdio: "pipe" });
    return null;
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    return err.stderr?.toString() || err.message;
  }
}
