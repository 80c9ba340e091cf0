/**
 * Bodies for the "feil-ugyldig" party: 200 OK with JSON that breaks the API's contract in ways
 * seen in the wild (required fields missing, amounts as formatted strings, Norwegian dates,
 * an object where a list belongs). Each body is broken at the answer's level (a list that is not
 * a list, no partIdentifikator), which a client must fail with a clear error, not render garbage;
 * an odd ITEM alone would be dropped and counted, the rest shown (see lib/kravogbetalinger/schema.ts).
 */
export function ugyldigSvar(endepunkt: string, partIdentifikator: string): unknown {
  switch (endepunkt) {
    case "aapnekrav":
      // the claims come as one object instead of a list; it lacks kravgruppe and has a formatted amount
      return {
        partIdentifikator,
        aapentKravMedGjenstaaendeBeloep: {
          krav: {
            kravidentifikator: "ugyldig-1",
            kravtype: "RESTSKATT",
            kravbeskrivelse: { spraakTekst: [{ tekst: "Restskatt", spraak: "nb" }] },
            opprinneligBeloep: "12 000,00",
            gjenstaaendeBeloep: null,
            kravforfall: [{ forfallsdato: "15.03.2024", opprinneligBeloep: 12000, gjenstaaendeBeloep: 12000 }],
          },
        },
      };
    case "krav":
      // no partIdentifikator; a claim with a number for its text and a formatted amount
      return {
        periode: { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" },
        krav: [{ kravtype: "MERVERDIAVGIFT", kravgruppe: "Merverdiavgift", kravbeskrivelse: 17, opprinneligBeloep: "8 250,00", gjenstaaendeBeloep: 0 }],
      };
    case "innbetalinger":
      // no partIdentifikator; a Norwegian date and a string amount
      return { innbetaling: [{ innbetalingsdato: "18.10.2023", innbetaltBeloep: "315000" }] };
    default:
      return { partIdentifikator, utbetaling: { utbetaltdato: "2024-06-20", utbetaltBeloep: 1200 } };
  }
}
