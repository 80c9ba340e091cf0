/**
 * Which claims a payment page (and its PDF) is for, and its query string. No other imports:
 * the overview's "Betal" links use this in the browser.
 */
export type Utvalg =
  | { type: "krav"; kravidentifikator: string; kravforfallsIdentifikator?: string }
  | { type: "forfalte" }
  | { type: "fremtidige" }
  /** Every open due date up to and including a date (overdue ones too). */
  | { type: "innen"; tilOgMed: string }
  /** Several claims chosen by the user (?krav=A&krav=B): every open due date of each. */
  | { type: "valgte"; kravidentifikatorer: string[] };

/** The query string that leads to this selection (for links to the page and the PDF). */
export function utvalgQuery(u: Utvalg): string {
  if (u.type === "innen") return `utvalg=innen&tilOgMed=${u.tilOgMed}`;
  if (u.type === "valgte") return u.kravidentifikatorer.map((k) => `krav=${encodeURIComponent(k)}`).join("&");
  if (u.type !== "krav") return `utvalg=${u.type}`;
  const p = new URLSearchParams({ krav: u.kravidentifikator });
  if (u.kravforfallsIdentifikator) p.set("forfall", u.kravforfallsIdentifikator);
  return p.toString();
}

/** Above this many lines the PDF is a summary (one table row per claim description and account: a few pages) and the page suggests the payment file, which has every KID. */
export const MANGE_LINJER = 50;
