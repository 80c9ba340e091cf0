/**
 * The "Betal" links on the overview, bokmål only: kept until the overview's components use
 * useTranslations("betalKnapp") (lib/tekster/betal-knapp/*.json), then deleted.
 */
export const betalKnapp = {
  betal: "Betal",
  betalAlleForfalte: "Betal forfalte krav",
  betalFremtidige: "Betal fremtidige krav",
  betalKrav: (beskrivelse: string) => `Betal ${beskrivelse}`,
  betalForfall: (dato: string) => `Betal forfallet ${dato}`,
} as const;
