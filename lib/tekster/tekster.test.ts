import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createTranslator } from "use-intl/core";
import { SPRAAK } from "@/lib/i18n/spraak";
import { meldinger } from "./index";

type Tre = { [k: string]: string | Tre };

/** "oversikt.kort.antall" -> message, for every leaf. */
function flat(tre: Tre, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tre)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flat(v, key)) out.set(kk, vv);
  }
  return out;
}

const perSpraak = Object.fromEntries(SPRAAK.map((s) => [s, flat(meldinger[s] as unknown as Tre)])) as Record<(typeof SPRAAK)[number], Map<string, string>>;
const nbNokler = [...perSpraak.nb.keys()];

test("every language has exactly the same keys as bokmål", () => {
  for (const spraak of SPRAAK) {
    const har = perSpraak[spraak];
    const mangler = nbNokler.filter((k) => !har.has(k));
    const ekstra = [...har.keys()].filter((k) => !perSpraak.nb.has(k));
    assert.deepEqual({ spraak, mangler, ekstra }, { spraak, mangler: [], ekstra: [] });
  }
});

test("no message is empty, and none is left untranslated from the conversion", () => {
  for (const spraak of SPRAAK) {
    const feil = [...perSpraak[spraak]].filter(([, v]) => v.trim() === "" || v.includes("TODO")).map(([k]) => k);
    assert.deepEqual({ spraak, feil }, { spraak, feil: [] });
  }
});

/** The arguments a message takes: `{navn}`, `{n, plural, …}`; not `#` or plural branches. */
function argumenter(melding: string): string[] {
  return [...new Set([...melding.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

test("every language's message takes the same arguments as bokmål's", () => {
  for (const spraak of ["nn", "en"] as const) {
    const ulike = nbNokler.filter((k) => perSpraak[spraak].has(k) && argumenter(perSpraak[spraak].get(k)!).join() !== argumenter(perSpraak.nb.get(k)!).join());
    assert.deepEqual({ spraak, ulike }, { spraak, ulike: [] });
  }
});

test("every message is valid ICU and formats with its arguments", () => {
  for (const spraak of SPRAAK) {
    const feil: string[] = [];
    let naa = "";
    const t = createTranslator({ locale: spraak, messages: meldinger[spraak], timeZone: "Europe/Oslo", onError: (e) => feil.push(`${naa}: ${e.message}`) });
    for (const [key, melding] of perSpraak[spraak]) {
      naa = key;
      const args = Object.fromEntries(argumenter(melding).map((a) => [a, 1]));
      (t as unknown as (k: string, a: object) => string)(key, args);
    }
    assert.deepEqual({ spraak, feil }, { spraak, feil: [] });
  }
});

/** Source files that may use texts: the app, its components and lib (not the message files, not tests). */
function kildefiler(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" || name.startsWith(".") ? [] : kildefiler(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

test("every key is used by the app (a key no code asks for is dead copy)", () => {
  const filer = ["app", "components", "lib"].flatMap(kildefiler).filter((f) => !f.startsWith("lib/tekster/"));
  const brukt = new Set<string>();
  const alleNokler = new Set(nbNokler);
  const navnerom = new Set(nbNokler.flatMap((k) => k.split(".").slice(0, -1).map((_, i, a) => a.slice(0, i + 1).join("."))));
  for (const fil of filer) {
    const kilde = readFileSync(fil, "utf8");
    const literaler = new Set([...kilde.matchAll(/["'`]([A-Za-z][\w.]*)["'`]/g)].map((m) => m[1]!));
    // Dynamic keys: t(`status.${kode}`) uses every key under "status".
    const dynamiske = [...kilde.matchAll(/`([A-Za-z][\w.]*\.)\$\{/g)].map((m) => m[1]!);
    const filensNavnerom = [...literaler].filter((l) => navnerom.has(l));
    for (const l of literaler) if (alleNokler.has(l)) brukt.add(l);
    for (const ns of filensNavnerom) {
      for (const l of literaler) if (alleNokler.has(`${ns}.${l}`)) brukt.add(`${ns}.${l}`);
      for (const d of dynamiske) for (const k of nbNokler) if (k.startsWith(`${ns}.${d}`)) brukt.add(k);
    }
  }
  const ubrukt = nbNokler.filter((k) => !brukt.has(k));
  assert.deepEqual(ubrukt, []);
});
