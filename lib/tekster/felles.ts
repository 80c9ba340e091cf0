/** Texts for the page shell, the front page and error pages (bokmål). */
export const felles = {
  tjeneste: {
    navn: "Krav og betalinger",
    etat: "Skatteetaten",
    tittel: "Krav og betalinger – Min side for virksomheter",
    beskrivelse:
      "Se hva virksomheten skylder Skatteetaten, hva den har betalt og hva den har fått utbetalt.",
  },
  skall: {
    hoppTilInnhold: "Hopp til hovedinnhold",
    loggUt: "Logg ut",
    byttVirksomhet: "Bytt virksomhet",
    bunntekst: "Krav og betalinger er en tjeneste for virksomheter som har krav og betalinger hos Skatteetaten.",
    personvern: "Personvern og informasjonskapsler",
    tilgjengelighet: "Tilgjengelighetserklæring",
  },
  forside: {
    overskrift: "Krav og betalinger for virksomheter",
    ingress:
      "Her ser du hva virksomheten skylder Skatteetaten, hva den har betalt og hva den har fått utbetalt. Du kan også laste ned en kontoutskrift.",
    loggInn: "Logg inn med ID-porten",
    hvem: "Tjenesten er for daglig leder, innehaver, styreleder og regnskapsfører.",
  },
  feil: {
    ikkeFunnet: "Fant ikke siden",
    ikkeFunnetTekst: "Siden du leter etter finnes ikke, eller den er flyttet.",
    tilForsiden: "Gå til forsiden",
    uventet: "Noe gikk galt",
    uventetTekst: "Det oppstod en feil hos oss. Det er ikke din feil. Prøv igjen om litt.",
    proevIgjen: "Prøv igjen",
    referanse: "Referanse til kundeservice",
  },
} as const;
