import { CLIENT_PARTIES, DELETED_PARTY, FAILING_PARTIES, FJELLBEKK_AVDELINGER, PUBLISERT_ORGNR, SEED_ORGNR, STOR_ORGNR } from "./parties";

/**
 * Test persons for the ID-porten and Altinn stand-ins. Synthetic fødselsnummer (month + 80,
 * as Skatteetaten's TestID numbers), valid mod 11. Each party link carries what Altinn would
 * return: roles (Enhetsregisteret codes), access packages and resources.
 */

export type PartyAccess = {
  orgnr: string;
  roles: string[];
  accessPackages: string[];
  resources?: string[];
};

export type TestPerson = {
  pid: string;
  name: string;
  description: string;
  parties: PartyAccess[];
  /** The Altinn stand-in refuses to renew this person's token (401 at refresh), as when Altinn ends it. */
  altinnRefusesRefresh?: boolean;
};

const owner = (orgnr: string): PartyAccess => ({ orgnr, roles: ["INNH"], accessPackages: [] });
const dagl = (orgnr: string): PartyAccess => ({ orgnr, roles: ["DAGL"], accessPackages: [] });
const regn = (orgnr: string): PartyAccess => ({
  orgnr,
  roles: ["REGN"],
  accessPackages: ["regnskapsforer-med-signeringsrettighet"],
});

export const TEST_PERSONS: readonly TestPerson[] = [
  {
    pid: "24817510260",
    name: "Kari Nordmann",
    description: "Innehaver av én virksomhet (lanseringens historie): går rett til Nordmann Eplepress ENK.",
    parties: [owner(SEED_ORGNR)],
  },
  {
    pid: "01818010083",
    name: "Ola Flerfirma",
    description:
      "Daglig leder i tre virksomheter, én med to underenheter, og en slettet enhet; har også en rolle (REVI) som ikke gir innsyn.",
    parties: [
      dagl("311851381"),
      ...FJELLBEKK_AVDELINGER.map((p) => dagl(p.orgnr)),
      { orgnr: "314961900", roles: ["LEDE"], accessPackages: [] },
      owner("314055403"),
      dagl(DELETED_PARTY.orgnr),
      { orgnr: "310478717", roles: ["REVI"], accessPackages: [] },
      dagl(PUBLISERT_ORGNR),
    ],
  },
  {
    pid: "15828510085",
    name: "Rita Regnskap",
    description:
      "Regnskapsfører med over 200 klienter, blant dem den store virksomheten, den skjermede og de som feiler med vilje.",
    parties: [
      regn(SEED_ORGNR),
      regn(STOR_ORGNR),
      { orgnr: "310478717", roles: [], accessPackages: ["regnskapsforer-uten-signeringsrettighet"] },
      { orgnr: "314961900", roles: [], accessPackages: [], resources: ["ske-krav-og-betalinger"] },
      ...FAILING_PARTIES.map((p) => regn(p.orgnr)),
      ...CLIENT_PARTIES.map((p) => regn(p.orgnr)),
    ],
  },
  {
    pid: "31929910020",
    name: "Per Utentilgang",
    description: "Har ingen virksomheter han kan representere: ser en forklaring på hvordan man får tilgang i Altinn.",
    parties: [],
  },
  {
    pid: "05919010187",
    name: "Tove Tidsavbrudd",
    description: "Innehaver av én virksomhet, men Altinn nekter å fornye tokenet hennes: neste side er innloggingssiden med «Økten din er utløpt».",
    parties: [owner(SEED_ORGNR)],
    altinnRefusesRefresh: true,
  },
];

export function findTestPerson(pid: string): TestPerson | undefined {
  return TEST_PERSONS.find((p) => p.pid === pid);
}
