/** Texts for login, logout, the party picker and the "no access" pages (bokmål). */
export const innlogging = {
  loggInn: "Logg inn",
  loggInnPaaNytt: "Logg inn på nytt",
  loggUt: "Logg ut",
  byttVirksomhet: "Bytt virksomhet",
  orgnr: "Org.nr.",
  orgnrLang: "Organisasjonsnummer",
  duRepresenterer: "Du representerer",
  innloggetSom: "Innlogget som",

  velg: {
    tittel: "Velg virksomhet",
    overskrift: "Hvem vil du representere?",
    ingress: "Velg virksomheten du vil se krav og betalinger for.",
    sok: "Søk etter virksomhet",
    sokBeskrivelse: "Skriv navn eller organisasjonsnummer",
    antall: (vist: number, totalt: number) => (vist === totalt ? `${totalt} virksomheter` : `Viser ${vist} av ${totalt} virksomheter`),
    ingenTreff: (sok: string) => `Ingen virksomheter passer med «${sok}». Sjekk stavemåten, eller søk på organisasjonsnummeret.`,
    virksomheter: "Virksomheter",
    underenheter: (navn: string) => `Underenheter av ${navn}`,
    underenhetAv: (navn: string) => `underenhet av ${navn}`,
    slettede: "Slettede virksomheter",
    slettedeForklaring: "Disse er slettet i Enhetsregisteret. Du kan fortsatt se krav og betalinger fra før de ble slettet.",
    slettet: "Slettet",
    oppdater: "Oppdater listen",
    oppdaterForklaring: "Har du nettopp fått en ny tilgang i Altinn? Oppdater listen for å se den.",
  },

  ingenVirksomheter: {
    tittel: "Ingen virksomheter",
    overskrift: "Du har ikke tilgang til noen virksomheter",
    ingress:
      "Vi fant ingen virksomheter du kan se krav og betalinger for. Tjenesten er for daglig leder, innehaver og styreleder, og for regnskapsførere som har fått tilgang.",
    slikFaarDuTilgang: "Slik får du tilgang",
    ansatt:
      "Jobber du i virksomheten: be daglig leder, eller en annen som kan gi tilganger, om å gi deg tilgang til «Krav og betalinger» i Altinn.",
    regnskapsfoerer:
      "Er du regnskapsfører: be klienten registrere regnskapsførerselskapet i Enhetsregisteret, eller gi deg en regnskapsfører-tilgangspakke i Altinn.",
    nyTilgang: "Har du nettopp fått tilgang? Det kan ta noen minutter før den vises. Oppdater listen, eller logg ut og inn igjen.",
    altinnLenke: "Les om roller og tilganger i Altinn",
    altinnUrl: "https://info.altinn.no/hjelp/profil/roller-og-rettigheter/",
  },

  ikkeTilgang: {
    tittel: "Ingen tilgang",
    overskrift: "Du har ikke tilgang til denne virksomheten",
    tekst:
      "Du kan bare se krav og betalinger for virksomheter du kan representere i Altinn. Velg en annen virksomhet, eller be virksomheten om tilgang i Altinn.",
    tilVelger: "Velg en annen virksomhet",
  },

  ugyldigOrgnr: {
    tittel: "Ugyldig organisasjonsnummer",
    // A soft hyphen lets the long word break on a 320 px screen.
    overskrift: "Ugyldig organisasjons\u00ADnummer",
    tekst: "Adressen inneholder ikke et gyldig organisasjonsnummer. Et organisasjonsnummer har 9 siffer, og det siste er et kontrollsiffer.",
    medVerdi: (verdi: string) => `«${verdi}» er ikke et gyldig organisasjonsnummer. Et organisasjonsnummer har 9 siffer, og det siste er et kontrollsiffer.`,
    tilVelger: "Velg virksomhet",
  },

  loggetUt: {
    tittel: "Logget ut",
    overskrift: "Du er logget ut",
    tekst: "Du er logget ut av Krav og betalinger og ID-porten. Lukk nettleseren hvis du bruker en delt datamaskin.",
    loggInnIgjen: "Logg inn igjen",
  },

  feil: {
    tittel: "Innloggingen mislyktes",
    acrOverskrift: "Innloggingen har for lavt sikkerhetsnivå",
    acrTekst: (niva: string) =>
      `Krav og betalinger krever innlogging på ${niva} sikkerhetsnivå. Du logget inn med en metode som gir et lavere nivå. Logg inn på nytt med for eksempel BankID, Buypass ID eller Commfides.`,
    nivaHoyt: "høyt",
    nivaBetydelig: "betydelig",
    avbruttOverskrift: "Innloggingen ble avbrutt",
    avbruttTekst: "Du avbrøt innloggingen, eller ID-porten fullførte den ikke. Du kan prøve igjen.",
    pidOverskrift: "Vi fikk ikke vite hvem du er",
    pidTekst: "ID-porten sendte ikke et gyldig fødselsnummer eller d-nummer. Prøv å logge inn på nytt.",
    generellOverskrift: "Innloggingen mislyktes",
    generellTekst: "Vi fikk ikke fullført innloggingen. Det er ikke din feil. Prøv igjen om litt.",
    tilForsiden: "Til forsiden",
  },

  tilgangskontrollNede: {
    overskrift: "Vi får ikke sjekket tilgangene dine akkurat nå",
    tekst: "Altinn svarer ikke, så vi kan ikke se hvilke virksomheter du representerer. Prøv igjen om litt.",
  },

  api: {
    ugyldigOrgnr: (verdi: string) => `«${verdi}» er ikke et gyldig organisasjonsnummer. Et organisasjonsnummer har 9 siffer, og det siste er et kontrollsiffer.`,
    ikkeInnlogget: "Du er ikke logget inn, eller økten er utløpt. Logg inn på nytt.",
    ikkeTilgang: "Du har ikke tilgang til denne virksomheten.",
    tilgangskontrollNede: "Vi får ikke sjekket tilgangene dine akkurat nå. Prøv igjen om litt.",
  },

  organisasjonsformer: {
    AS: "Aksjeselskap",
    ASA: "Allmennaksjeselskap",
    ENK: "Enkeltpersonforetak",
    DA: "Ansvarlig selskap med delt ansvar",
    ANS: "Ansvarlig selskap",
    NUF: "Norskregistrert utenlandsk foretak",
    BEDR: "Underenhet",
    AAFY: "Underenhet til ikke-næringsdrivende",
    SA: "Samvirkeforetak",
    BA: "Selskap med begrenset ansvar",
    KS: "Kommandittselskap",
    STI: "Stiftelse",
    FLI: "Forening, lag eller innretning",
    ORGL: "Organisasjonsledd",
    IKS: "Interkommunalt selskap",
    KF: "Kommunalt foretak",
    SF: "Statsforetak",
    BRL: "Borettslag",
    ESEK: "Eierseksjonssameie",
    SAM: "Tingsrettslig sameie",
    PRE: "Partsrederi",
    KBO: "Konkursbo",
  } as Record<string, string>,
} as const;
