/** Free-text filter: case-, space- and punctuation-insensitive, every word must match. */

export function normaliser(tekst: string): string {
  return tekst.toLocaleLowerCase("nb").replace(/[\s.\-/_]+/g, "");
}

/** Precompute once per row: the searchable fields joined. */
export function soekegrunnlag(felter: readonly (string | null | undefined)[]): string {
  return felter
    .filter((f): f is string => Boolean(f))
    .map(normaliser)
    .join("\u0000");
}

export function treffer(grunnlag: string, soek: string): boolean {
  const ord = soek
    .split(/\s+/)
    .map(normaliser)
    .filter((o) => o.length > 0);
  return ord.every((o) => grunnlag.includes(o));
}
