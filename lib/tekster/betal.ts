import { betalKnapp } from "./betal-knapp";

/** Texts for paying in the online bank, the PDF, the calendar and the due-date chart (bokmål). */
export const betal = {
  side: {
    tittel: (navn: string) => `Betal i nettbanken – ${navn}`,
    overskrift: "Betal i nettbanken",
    ingress: "Gå til nettbanken din og legg inn følgende betalingsinformasjon:",
    flere: (antall: number) => `Du betaler ${antall} krav. Hvert krav har sin egen KID, så lag én betaling for hvert.`,
    sum: "Sum å betale",
    tilbake: "Tilbake til kravoversikt",
    lastNedPdf: "Last ned PDF",
    ingenting: "Det er ingenting å betale her nå. Kravet kan være betalt, eller lenken kan være gammel.",
    ugyldig: "Lenken til betalingssiden er ikke gyldig. Gå tilbake til kravoversikten og velg «Betal» der.",
    merknad: "Det kan ta opptil 3 arbeidsdager før kravoversikten er oppdatert med betalingen.",
    utvalg: { forfalte: "Alle forfalte krav", fremtidige: "Alle fremtidige krav" },
  },
  linje: {
    beloep: "Beløp",
    kontonummer: "Kontonummer",
    kid: "KID",
    forfallsdato: "Forfallsdato",
    kopier: (hva: string) => `Kopier ${hva}`,
    kopiert: "Kopiert",
    mangler: "Betalingsinformasjon vises ikke for dette kravet. Kontakt Skatteetaten hvis du trenger den.",
  },
  utland: {
    overskrift: "Betaling fra utlandet (IBAN/SWIFT)",
    forklaring: "Fra en bank i utlandet bruker du IBAN og SWIFT/BIC. Skriv KID-nummeret i meldingsfeltet.",
    iban: "IBAN",
    swift: "SWIFT/BIC",
    bank: "Bank",
  },
  renter: {
    overskrift: "Forsinkelsesrenter hvis du betaler senere",
    forklaring: "Velg datoen du planlegger å betale, så beregner vi omtrent hvor mye forsinkelsesrenter de forfalte kravene vil ha påløpt da.",
    linjeRenter: "Estimerte forsinkelsesrenter",
    totalt: "Totalt med estimerte renter",
    merknad: "Forsinkelsesrentene kommer som egne krav senere, med egen KID. Beløpet er et estimat.",
  },
  kalender: {
    lenke: "Legg forfallsdatoene i kalenderen",
    forklaring: "Last ned en kalenderfil (.ics) med alle kommende forfallsdatoer. Den kan åpnes i Outlook, Google Kalender og Apple Kalender.",
    hendelse: (beskrivelse: string, beloep: string) => `Forfall: ${beskrivelse}, ${beloep} kroner`,
    beskrivelse: (beloep: string, kid: string | null, kontonummer: string | null, lenke: string) =>
      [`Beløp: ${beloep} kroner`, kid ? `KID: ${kid}` : null, kontonummer ? `Kontonummer: ${kontonummer}` : null, `Betal: ${lenke}`].filter(Boolean).join("\n"),
    kalendernavn: (navn: string) => `Forfallsdatoer – ${navn}`,
  },
  pdf: {
    tittel: "Betalingsinformasjon",
    part: (navn: string, orgnr: string) => `${navn}, organisasjonsnummer ${orgnr}`,
    laget: (dato: string) => `Laget ${dato}`,
    periode: "Periode",
    ingenting: "Det er ingenting å betale for dette utvalget.",
  },
  graf: {
    overskrift: "Dette forfaller de neste 12 månedene",
    forklaring: "Ubetalte beløp per måned etter forfallsdato, fordelt på kravgruppe. Forfalte krav vises for seg, i egen skala.",
    forfalt: "Forfalt",
    maaned: "Måned",
    sum: "Sum",
    visTabell: "Vis tallene som tabell",
    tabelltittel: "Forfall per måned og kravgruppe",
    ingenting: "Ingenting forfaller de neste 12 månedene.",
    maaneder: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    kravgrupper: "Kravgrupper",
    bilde: (forfalt: string, kommende: string) => `Stolpediagram: forfalt ${forfalt} kroner, kommende 12 måneder ${kommende} kroner. Tallene står i tabellen under.`,
  },
  knapp: betalKnapp,
  api: {
    ugyldig: "Ugyldig utvalg: bruk krav=<kravidentifikator> (og eventuelt forfall=<id>) eller utvalg=forfalte|fremtidige.",
    ingenting: "Det er ingenting å betale for dette utvalget.",
  },
} as const;
