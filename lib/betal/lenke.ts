/**
 * Which claims a payment page (and its PDF and payment file) is for, and its query string. No
 * other imports: the overview's "Betal" links use this in the browser.
 *
 * Appealed claims (utsattIverksettelse: collection postponed) are left out of "all overdue" and
 * "all due up to a date" unless `medUtsatte` asks for them; a claim chosen by id is always in.
 */
export type Utvalg =
  | { type: "krav"; kravidentifikator: string; kravforfallsIdentifikator?: string }
  /** Several claims chosen by the user (?krav=A&krav=B): every open due date of each. */
  | { type: "valgte"; kravidentifikatorer: string[] }
  | { type: "forfalte"; medUtsatte?: boolean }
  | { type: "fremtidige" }
  /** Every open due date up to and including a date, the overdue ones too (?utvalg=innen&tilOgMed=YYYY-MM-DD). */
  | { type: "innen"; tilOgMed: string; medUtsatte?: boolean };

/** The query string that leads to this selection (for links to the page, the PDF and the payment file). */
export function utvalgQuery(u: Utvalg): string {
  const p = new URLSearchParams();
  switch (u.type) {
    case "krav":
      p.set("krav", u.kravidentifikator);
      if (u.kravforfallsIdentifikator) p.set("forfall", u.kravforfallsIdentifikator);
      break;
    case "valgte":
      for (const k of u.kravidentifikatorer) p.append("krav", k);
      break;
    case "innen":
      p.set("utvalg", "innen");
      p.set("tilOgMed", u.tilOgMed);
      break;
    default:
      p.set("utvalg", u.type);
  }
  if ((u.type === "forfalte" || u.type === "innen") && u.medUtsatte) p.set("medUtsatte", "1");
  return p.toString();
}

/** Above this many lines the PDF is a summary table, the page shows a table instead of one card per line, and suggests the payment file. */
export const MANGE_LINJER = 50;
