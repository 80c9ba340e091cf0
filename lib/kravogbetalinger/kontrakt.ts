import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Skatteetaten's published example responses (shared/contract/kravogbetalinger, see its README),
 * for the contract tests. CI puts shared/ beside the clone: `<repo>/../shared/contract`; a
 * worktree further down finds it in the nearest parent that has one. Never a silent skip: a
 * contract test without its contract fails.
 */
export function kontraktMappe(repoRoot = process.cwd()): string {
  for (let dir = path.resolve(repoRoot); ; dir = path.dirname(dir)) {
    const kandidat = path.resolve(dir, "..", "shared", "contract");
    if (existsSync(path.join(kandidat, "kravogbetalinger"))) return kandidat;
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(`Fant ikke shared/contract ved siden av ${repoRoot} (CI legger shared/ ved siden av klonen).`);
}

export type Kontraktfil = { navn: string; endepunkt: "aapnekrav" | "krav" | "innbetalinger" | "utbetalinger"; innhold: unknown };

/** Every published Krav og betalinger example, with the endpoint its name says. */
export function kontraktfiler(repoRoot?: string): Kontraktfil[] {
  const dir = path.join(kontraktMappe(repoRoot), "kravogbetalinger");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((navn) => ({
      navn,
      endepunkt: navn.split("-")[0] as Kontraktfil["endepunkt"],
      innhold: JSON.parse(readFileSync(path.join(dir, navn), "utf8")) as unknown,
    }));
}

/**
 * Every field path of a JSON value, array indices collapsed (`krav[].kravforfall[].forfallsdato`),
 * with the value's JSON type (`:number`, `:string`, ...). Objects and arrays are paths too.
 */
export function feltstier(value: unknown, prefix = "", out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) feltstier(item, `${prefix}[]`, out);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      const sti = prefix ? `${prefix}.${k}` : k;
      out.add(`${sti}:${v === null ? "null" : Array.isArray(v) ? "array" : typeof v}`);
      feltstier(v, sti, out);
    }
  }
  return out;
}
