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

function elementOf(type: unknown): z.ZodType | null {
  let t = type;
  while (t instanceof z.ZodOptional || t instanceof z.ZodNullable) t = t.unwrap();
  return t instanceof z.ZodArray ? (t.element as z.ZodType) : null;
}

/**
 * The same result as `schema.safeParse(value)`, but a top-level array field of more than `bite`
 * elements is checked `bite` elements at a time with a pause between. On any failure the whole
 * value is parsed again in one go, so the error (paths, messages) is exactly zod's own.
 */
export async function safeParseMedPauser<S extends z.ZodType>(schema: S, value: unknown, bite = 250): Promise<SafeParse<S>> {
  const helt = () => schema.safeParse(value) as SafeParse<S>;
  if (!(schema instanceof z.ZodObject) || value === null || typeof value !== "object" || Array.isArray(value)) return helt();
  const objekt = value as Record<string, unknown>;
  const shape = schema.shape as Record<string, unknown>;
  const store = Object.keys(shape).filter((k) => Array.isArray(objekt[k]) && (objekt[k] as unknown[]).length > bite && elementOf(shape[k]));
  if (store.length === 0) return helt();
  const ferdige: Record<string, unknown[]> = {};
  for (const felt of store) {
    const element = elementOf(shape[felt])!;
    const liste = objekt[felt] as unknown[];
    const ut: unknown[] = [];
    for (let i = 0; i < liste.length; i++) {
      const r = element.safeParse(liste[i]);
      if (!r.success) return helt();
      ut.push(r.data);
      if ((i + 1) % bite === 0) await pause();
    }
    ferdige[felt] = ut;
  }
  const resten = schema.safeParse({ ...objekt, ...Object.fromEntries(store.map((k) => [k, []])) });
  if (!resten.success) return helt();
  return { success: true, data: { ...(resten.data as object), ...ferdige } } as SafeParse<S>;
}
