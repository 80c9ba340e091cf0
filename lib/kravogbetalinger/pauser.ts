import { z } from "zod";

/**
 * Big upstream answers (the big party's eight years: thousands of claims per year) are checked
 * and mapped in bites, with a turn of the event loop between, so one export never holds up the
 * other users' pages for long (issue #17 item 6: no pause over 50 ms).
 */
export const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `liste.map(f)`, with a pause after each element (each element is one window's answer). */
export async function mapMedPauser<T, U>(liste: readonly T[], f: (element: T) => U): Promise<U[]> {
  const ut: U[] = [];
  for (const element of liste) {
    ut.push(f(element));
    await pause();
  }
  return ut;
}

type SafeParse<S extends z.ZodType> = ReturnType<S["safeParse"]>;

type Forkastet = { antall: number; grunner: string[] };
const erForkastet = (v: unknown): v is Forkastet =>
  v !== null && typeof v === "object" && typeof (v as Forkastet).antall === "number" && Array.isArray((v as Forkastet).grunner);

/**
 * The same result as `schema.safeParse(value)`, but a top-level array field of more than `bite`
 * elements is checked `bite` elements at a time with a pause between. Each bite is parsed by the
 * whole schema with the other lists empty; the bites' lists are joined and their dropped-item
 * counts (`forkastet`, see tolerantListe in schema.ts) added up. On any failure the whole value is
 * parsed again in one go, so the error (paths, messages) is exactly zod's own.
 */
export async function safeParseMedPauser<S extends z.ZodType>(schema: S, value: unknown, bite = 250): Promise<SafeParse<S>> {
  const helt = () => schema.safeParse(value) as SafeParse<S>;
  if (value === null || typeof value !== "object" || Array.isArray(value)) return helt();
  const objekt = value as Record<string, unknown>;
  const lister = Object.keys(objekt).filter((k) => Array.isArray(objekt[k]));
  const store = lister.filter((k) => (objekt[k] as unknown[]).length > bite);
  if (store.length === 0) return helt();
  const base = schema.safeParse({ ...objekt, ...Object.fromEntries(store.map((k) => [k, []])) });
  if (!base.success || base.data === null || typeof base.data !== "object") return helt();
  const data: Record<string, unknown> = { ...(base.data as Record<string, unknown>) };
  const utenLister = { ...objekt, ...Object.fromEntries(lister.map((k) => [k, []])) };
  for (const felt of store) {
    const liste = objekt[felt] as unknown[];
    for (let i = 0; i < liste.length; i += bite) {
      await pause();
      const r = schema.safeParse({ ...utenLister, [felt]: liste.slice(i, i + bite) });
      if (!r.success || r.data === null || typeof r.data !== "object") return helt();
      for (const [key, v] of Object.entries(r.data as Record<string, unknown>)) {
        const har = data[key];
        if (Array.isArray(v) && Array.isArray(har)) data[key] = [...har, ...v];
        else if (erForkastet(v) && erForkastet(har)) data[key] = { antall: har.antall + v.antall, grunner: [...har.grunner, ...v.grunner].slice(0, 5) };
      }
    }
  }
  return { success: true, data } as SafeParse<S>;
}
