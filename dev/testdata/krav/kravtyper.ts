import { SKATTEETATEN_KONTO, type Mottakerkonto } from "./konto";
import type { Tekst } from "./ledger";

/** Kravgrupper and kravtyper the stand-in uses, with texts in bokmål, nynorsk and English. */

export const KRAVGRUPPER = ["Skatt", "Merverdiavgift", "Arbeidsgiveravgift", "Forskuddstrekk", "Særavgifter", "Andre krav"] as const;
export type Kravgruppe = (typeof KRAVGRUPPER)[number];

export type Kravtype = { kode: string; gruppe: Kravgruppe; tekst: Tekst; konto: Mottakerkonto; fastsettingsmaate: string | null };

const t = (nb: string, nn: string, en: string): Tekst => ({ nb, nn, en });

export const KRAVTYPER = {
  restskattPerson: {
    kode: "RESTSKATT",
    gruppe: "Skatt",
    tekst: t("Restskatt, person", "Restskatt, person", "Residual tax, individual"),
    konto: SKATTEETATEN_KONTO.skatt,
    fastsettingsmaate: null,
  },
  restskattUpersonlig: {
    kode: "RESTSKATT",
    gruppe: "Skatt",
    tekst: t("Restskatt, upersonlig", "Restskatt, upersonleg", "Residual tax, company"),
    konto: SKATTEETATEN_KONTO.skatt,
    fastsettingsmaate: null,
  },
  forskuddsskattPerson: {
    kode: "FORSKUDDSSKATT",
    gruppe: "Skatt",
    tekst: t("Utskrevet forskuddsskatt, person", "Utskriven forskotsskatt, person", "Advance tax, individual"),
    konto: SKATTEETATEN_KONTO.skatt,
    fastsettingsmaate: null,
  },
  forskuddsskattUpersonlig: {
    kode: "FORSKUDDSSKATT",
    gruppe: "Skatt",
    tekst: t("Forskuddsskatt, upersonlig", "Forskotsskatt, upersonleg", "Advance tax, company"),
    konto: SKATTEETATEN_KONTO.skatt,
    fastsettingsmaate: null,
  },
  tilgodeSkatt: {
    kode: "RESTERENDE_SKT_TILB",
    gruppe: "Skatt",
    tekst: t("Skatt til gode", "Skatt til gode", "Tax refund"),
    konto: SKATTEETATEN_KONTO.skatt,
    fastsettingsmaate: null,
  },
  merverdiavgift: {
    kode: "MERVERDIAVGIFT",
    gruppe: "Merverdiavgift",
    tekst: t("Mva-melding", "Mva-melding", "VAT return"),
    konto: SKATTEETATEN_KONTO.merverdiavgift,
    fastsettingsmaate: "EGENFASTSATT",
  },
  arbeidsgiveravgift: {
    kode: "ARBEIDSGIVERAVGIFT",
    gruppe: "Arbeidsgiveravgift",
    tekst: t("Arbeidsgiveravgift", "Arbeidsgivaravgift", "Employer's national insurance contributions"),
    konto: SKATTEETATEN_KONTO.arbeidsgiver,
    fastsettingsmaate: "EGENFASTSATT",
  },
  forskuddstrekk: {
    kode: "FORSKUDDSTREKK",
    gruppe: "Forskuddstrekk",
    tekst: t("Forskuddstrekk", "Forskotstrekk", "Tax deducted at source (PAYE)"),
    konto: SKATTEETATEN_KONTO.arbeidsgiver,
    fastsettingsmaate: "EGENFASTSATT",
  },
  vektaarsavgift: {
    kode: "VEKTAARSAVGIFT",
    gruppe: "Særavgifter",
    tekst: t("Vektårsavgift", "Vektårsavgift", "Annual weight-based vehicle tax"),
    konto: SKATTEETATEN_KONTO.saeravgift,
    fastsettingsmaate: null,
  },
  emballasjeavgift: {
    kode: "GRUNNAVGIFT_DRIKKEVAREEMBALLASJE",
    gruppe: "Særavgifter",
    tekst: t("Grunnavgift på engangsemballasje for drikkevarer", "Grunnavgift på eingongsemballasje for drikkevarer", "Base tax on disposable beverage packaging"),
    konto: SKATTEETATEN_KONTO.saeravgift,
    fastsettingsmaate: "EGENFASTSATT",
  },
  gebyr: {
    kode: "GEBYR",
    gruppe: "Andre krav",
    tekst: t("Gebyr", "Gebyr", "Fee"),
    konto: SKATTEETATEN_KONTO.andre,
    fastsettingsmaate: null,
  },
  tvangsmulkt: {
    kode: "TVANGSMULKT",
    gruppe: "Andre krav",
    tekst: t("Tvangsmulkt", "Tvangsmulkt", "Enforcement fine"),
    konto: SKATTEETATEN_KONTO.andre,
    fastsettingsmaate: null,
  },
  forsinkelsesrente: {
    kode: "FORSINKELSESRENTE",
    gruppe: "Andre krav",
    tekst: t("Forsinkelsesrente", "Forseinkingsrente", "Late payment interest"),
    konto: SKATTEETATEN_KONTO.andre,
    fastsettingsmaate: null,
  },
} satisfies Record<string, Kravtype>;

/** "Forsinkelsesrente <the claim's description>" in each language. */
export function forsinkelsesrenteTekst(paa: Tekst | null): Tekst {
  const base = KRAVTYPER.forsinkelsesrente.tekst;
  if (!paa) return base;
  return {
    nb: `${base.nb} ${paa.nb}`,
    nn: `${base.nn} ${paa.nn ?? paa.nb}`,
    en: `${base.en}: ${paa.en ?? paa.nb}`,
  };
}

export const aarsperiode = (aar: number) => ({ tekst: { nb: String(aar) }, aar });
export const terminperiode = (aar: number, termin: number) => ({ tekst: { nb: `${aar}/${String(termin).padStart(2, "0")}` }, aar });
