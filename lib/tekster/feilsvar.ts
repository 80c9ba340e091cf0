/**
 * Texts for answers to requests no screen sends: a garbled address, a wrong year in a JSON
 * route, a logout request from ID-porten without what it needs (bokmål).
 */
export const feilsvar = {
  ugyldigAdresse: "Adressen inneholder tegn som ikke kan leses. Sjekk lenken, eller gå til forsiden og prøv igjen.",
  ugyldigAar: (fra: number, til: number) => `Ugyldig år. Velg et år mellom ${fra} og ${til}.`,
  ugyldigForespoersel: "Forespørselen inneholder ugyldige verdier.",
  utloggingUgyldig: {
    tittel: "Ugyldig forespørsel",
    tekst: "Forespørselen om utlogging mangler opplysninger fra ID-porten, så ingen økt ble avsluttet.",
  },
  utloggingUtilgjengelig: {
    tittel: "Utloggingen kunne ikke fullføres",
    tekst: "Vi fikk ikke avsluttet økten akkurat nå. Lukk nettleseren for å være sikker på at du er logget ut.",
  },
} as const;
