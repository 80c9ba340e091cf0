/**
 * Which claims a payment page (and its PDF) is for, and its query string. No other imports:
 * the overview's "Betal" links use this in the browser.
 */
export type Utvalg =
  | { type: "krav"; kravidentifikator: string; kravforfallsIdentifikator?: string }
  | { type: "forfalte" }
  | { type: "fremtidige" };

/** The query string that leads to this selection (for links to the page and the PDF). */
export function utvalgQuery(u: Utvalg): string {
  if (u.type !== "krav") return `utvalg=${u.type}`;
  const p = new URLSearchParams({ krav: u.kravidentifikator });
  if (u.kravforfallsIdentifikator) p.set("forfall", u.kravforfallsIdentifikator);
  return p.toString();
}
