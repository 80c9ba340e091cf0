/**
 * The "Betal" links on the overview (lib/tekster/betal.ts re-exports them as betal.knapp). Kept
 * in their own small file: the overview's client bundle imports only these, not every payment text.
 */
export const betalKnapp = {
  betal: "Betal",
  betalAlleForfalte: "Betal forfalte krav",
  betalFremtidige: "Betal fremtidige krav",
  betalKrav: (beskrivelse: string) => `Betal ${beskrivelse}`,
  betalForfall: (dato: string) => `Betal forfallet ${dato}`,
} as const;
