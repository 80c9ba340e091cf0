import { standardUtfoerelsesdato } from "../lib/betal/betalingsfil-skjema";
import { iDag } from "../lib/dato";

/**
 * Every page and route that shows a party's data, i.e. every page.tsx or route.ts under app/
 * with an [orgnr] segment. e2e/access-matrix.api.spec.ts checks each one for
 * {no session, session without access to the party, session with access} and fails when a
 * new page or route is added without an entry here.
 *
 * Adding a page or route under [orgnr]? Add it here:
 * - route: the app path as the folders spell it, route groups left out ("/[orgnr]/betalte");
 * - kind: "page" (HTML), "json" (route handler answering JSON) or "download" (a file);
 * - query: a query string the request needs to succeed with access (e.g. a period);
 * - params: values for other dynamic segments ("[kravId]": "123");
 * - form: for a route that only takes a POST (a form from our own page): the form's fields.
 */
export type MatrixEntry = {
  route: string;
  kind: "page" | "json" | "download";
  query?: string;
  params?: Record<string, string>;
  form?: Record<string, string>;
};

export const ACCESS_MATRIX: MatrixEntry[] = [
  { route: "/[orgnr]", kind: "page" },
  { route: "/[orgnr]/kontoutskrift", kind: "page" },
  { route: "/api/part/[orgnr]/kontoutskrift", kind: "download", query: "?fraOgMed=2024-01-01&tilOgMed=2024-12-31" },
  { route: "/api/part/[orgnr]/aapnekrav", kind: "json" },
  { route: "/api/part/[orgnr]/krav", kind: "json", query: "?aar=2023" },
  { route: "/api/part/[orgnr]/innbetalinger", kind: "json", query: "?aar=2023" },
  { route: "/api/part/[orgnr]/utbetalinger", kind: "json", query: "?aar=2023" },
  { route: "/[orgnr]/betal", kind: "page" },
  { route: "/api/part/[orgnr]/betal", kind: "download", query: "?utvalg=forfalte" },
  { route: "/api/part/[orgnr]/kalender", kind: "download" },
  // a valid account (mod 11) and the next weekday (the payment file takes no weekend)
  { route: "/api/part/[orgnr]/betalingsfil", kind: "download", query: "?utvalg=forfalte", form: { fraKonto: "15032080119", betalingsdato: standardUtfoerelsesdato(iDag()) } },
  { route: "/api/klienter/[orgnr]", kind: "json" },
];

/** The concrete path of an entry for one orgnr. */
export function pathFor(entry: MatrixEntry, orgnr: string): string {
  let path = entry.route.replace("[orgnr]", orgnr);
  for (const [segment, value] of Object.entries(entry.params ?? {})) path = path.replace(segment, encodeURIComponent(value));
  return `${path}${entry.query ?? ""}`;
}
