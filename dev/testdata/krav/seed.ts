import { SEED_ORGNR } from "../parties";
import { dag } from "./dager";
import { kid, kontonummerSomSlutterPaa, SKATTEETATEN_KONTO } from "./konto";
import type { Forfall, Krav, Ledger } from "./ledger";
import { aarsperiode, forsinkelsesrenteTekst, KRAVTYPER, terminperiode, type Kravtype } from "./kravtyper";
import { Regnskap, type KravDef } from "./regnskap";

/**
 * Nordmann Eplepress ENK (313367002): the launch presentation's story, by hand.
 *
 * 2019-2021 the firm fell behind (the kontoutskrift rows in the seed: restskatt 2018 and 2019,
 * gebyr 2019, forskuddsskatt 2020, forsinkelsesrente 2019, mva-melding 2020/06 paid by an OCR
 * payment of 2 500 on 22.02.2021); on 15.06.2021 Kari paid everything off. In 2022 two terms
 * of forskuddsskatt were paid late: the interest, 2 434,00, came as "Forsinkelsesrente 2022"
 * due 02.11.2023, and was covered (with restskatt 2022) by a payment of 315 000,00 on
 * 18.10.2023. Forskuddsskatt 2024, 448 600,00 in four terms from 15.03.2024, is unpaid: the one
 * overdue claim on the overview, with interest growing every day.
 */

export const SEED_KIDS = {
  restskatt2018: "7904907195215180016",
  gebyr2019: "7904907195228190010",
  forskuddsskatt2020: "7904907195201200014",
  restskatt2019: "7904907195215190011",
  forsinkelsesrente2019: "7904907195224190016",
  mva2020termin6: "1476948909419709",
  ocrInnbetaling2021: "1399848909419704",
} as const;

/** Kari's accounts, as the seed shows them masked (xxxxx13531, xxxxxx11111). */
export const SEED_KONTO = {
  kari: kontonummerSomSlutterPaa("1503", "13531"),
  ocr: kontonummerSomSlutterPaa("1254", "11111"),
} as const;

const KONTOEIER = "KARI NORDMANN";
const kr = (kroner: number) => Math.round(kroner * 100);
const personKid = (kode: string, aar: number) => kid(`7904907195${kode}${String(aar % 100).padStart(2, "0")}001`);

export function seedLedger(idag: number): Ledger {
  const r = new Regnskap(SEED_ORGNR, idag);

  const def = (
    key: string,
    type: Kravtype,
    opprettet: string,
    forfall: [string, number][],
    extra: Partial<KravDef> = {},
  ): KravDef => ({
    key,
    kravtype: type.kode,
    kravgruppe: type.gruppe,
    beskrivelse: type.tekst,
    periode: null,
    opprettet: dag(opprettet),
    fastsettingsmaate: type.fastsettingsmaate,
    konto: type.konto,
    forfall: forfall.map(([d, b]) => ({ dag: dag(d), beloep: kr(b) })),
    ...extra,
  });
  const krav = (d: KravDef) => r.krav(d);
  const f = (k: Krav | null, nr: number): Forfall => {
    if (!k) throw new Error("seed claim missing");
    return k.forfall[nr - 1]!;
  };
  const betal = (key: string, dato: string, kroner: number, mot: Forfall[], o: { kid?: string; fra?: string; dekkEldste?: boolean } = {}) =>
    r.innbetaling({
      key,
      dag: dag(dato),
      beloep: kr(kroner),
      type: o.kid ? "OCR" : "bankoverføring",
      kid: o.kid ?? null,
      fraKonto: o.fra ?? SEED_KONTO.kari,
      fraNavn: KONTOEIER,
      tilKonto: (mot[0]?.krav.konto ?? SKATTEETATEN_KONTO.skatt).kontonummer,
      mot,
      dekkEldste: o.dekkEldste,
    });

  // 2019
  const fs2019 = krav(
    def("FS:2019", KRAVTYPER.forskuddsskattPerson, "2019-01-21", [["2019-03-15", 21_500], ["2019-05-15", 21_500], ["2019-09-16", 21_500], ["2019-11-15", 21_500]], {
      periode: aarsperiode(2019),
      kid: personKid("201", 2019),
    }),
  );
  betal("FS:2019:1:inn", "2019-03-14", 21_500, [f(fs2019, 1)], { kid: fs2019!.kid! });
  betal("FS:2019:2:inn", "2019-05-15", 21_500, [f(fs2019, 2)], { kid: fs2019!.kid! });

  const rs2018 = krav(
    def("RS:2018", KRAVTYPER.restskattPerson, "2019-08-20", [["2019-09-26", 14_607], ["2019-10-31", 14_608]], {
      periode: aarsperiode(2018),
      kid: SEED_KIDS.restskatt2018,
    }),
  );
  betal("RS:2018:1:inn", "2019-09-24", 14_607, [f(rs2018, 1)], { kid: SEED_KIDS.restskatt2018 });

  const gebyr2019 = krav(
    def("GEBYR:2019", KRAVTYPER.gebyr, "2019-11-06", [["2019-11-27", 1_955]], { periode: aarsperiode(2019), kid: SEED_KIDS.gebyr2019 }),
  );

  // A small VAT refund for term 5 2019 is used on the overdue restskatt 2018 (motregning): 14 608 -> 14 199.
  r.kreditt(
    def("MVA:2019:5", KRAVTYPER.merverdiavgift, "2019-12-06", [["2019-12-06", 409]], { periode: terminperiode(2019, 5) }),
    { tilKonto: SEED_KONTO.kari, tilNavn: KONTOEIER, melding: "Merverdiavgift til gode 2019/05" },
    [f(rs2018, 2)],
  );

  // 2020
  const fs2020 = krav(
    def("FS:2020", KRAVTYPER.forskuddsskattPerson, "2020-01-20", [["2020-05-04", 8_250], ["2020-07-15", 8_250], ["2020-09-15", 8_250], ["2020-11-16", 8_250]], {
      periode: aarsperiode(2020),
      kid: SEED_KIDS.forskuddsskatt2020,
    }),
  );
  const rs2019 = krav(
    def("RS:2019", KRAVTYPER.restskattPerson, "2020-10-01", [["2020-11-12", 25_201], ["2020-12-17", 25_201]], {
      periode: aarsperiode(2019),
      kid: SEED_KIDS.restskatt2019,
    }),
  );
  // The rest of forskuddsskatt 2019, and 3 822 on restskatt 2019.
  betal("2020-12-01:inn", "2020-12-01", 46_822, [f(fs2019, 3), f(fs2019, 4), f(rs2019, 1)]);
  const fr2019 = krav(
    def("FR:2019", KRAVTYPER.forsinkelsesrente, "2020-12-08", [["2020-12-29", 4_364]], {
      beskrivelse: forsinkelsesrenteTekst(KRAVTYPER.forskuddsskattPerson.tekst),
      periode: aarsperiode(2019),
      kid: SEED_KIDS.forsinkelsesrente2019,
    }),
  );
  const mva2020t6 = krav(
    def("MVA:2020:6", KRAVTYPER.merverdiavgift, "2021-02-08", [["2021-02-10", 1_974]], {
      periode: terminperiode(2020, 6),
      kid: SEED_KIDS.mva2020termin6,
    }),
  );

  // 2021: the OCR payment of the seed's kontoutskrift (1 974 on the VAT term, 526 on restskatt 2019).
  betal("2021-02-22:ocr", "2021-02-22", 2_500, [f(mva2020t6, 1), f(rs2019, 1)], { kid: SEED_KIDS.ocrInnbetaling2021, fra: SEED_KONTO.ocr });

  // 15.06.2021: everything overdue paid off at once, oldest first; the interest follows as one claim.
  const sent: { krav: Krav; rente: number }[] = [];
  r.onOppgjortSent = (k, d, rente) => {
    if (d === dag("2021-06-15")) sent.push({ krav: k, rente });
  };
  const arrears = [f(rs2018, 2), f(gebyr2019, 1), ...fs2020!.forfall, ...rs2019!.forfall, f(fr2019, 1)];
  betal(
    "2021-06-15:inn",
    "2021-06-15",
    arrears.reduce((s, x) => s + x.gjenstaaende, 0) / 100,
    [],
    { dekkEldste: true },
  );
  r.onOppgjortSent = null;

  r.kreditt(
    def("TILGODE:2020", KRAVTYPER.tilgodeSkatt, "2021-06-24", [["2021-06-24", 6_245]], { periode: aarsperiode(2020) }),
    { tilKonto: SEED_KONTO.kari, tilNavn: KONTOEIER, melding: "Skatteoppgjør 2020: til gode" },
  );
  const rente2021 = Math.round(sent.reduce((s, x) => s + x.rente, 0));
  const fr2021 = krav(
    def("FR:2021", KRAVTYPER.forsinkelsesrente, "2021-07-12", [["2021-08-02", rente2021]], {
      periode: aarsperiode(2021),
      kid: personKid("224", 2021),
    }),
  );
  betal("FR:2021:inn", "2021-08-02", rente2021, [f(fr2021, 1)], { kid: fr2021!.kid! });

  const fs2021 = krav(
    def("FS:2021", KRAVTYPER.forskuddsskattPerson, "2021-01-18", [["2021-03-15", 10_000], ["2021-05-18", 10_000], ["2021-09-15", 10_000], ["2021-11-15", 10_000]], {
      periode: aarsperiode(2021),
      kid: personKid("201", 2021),
    }),
  );
  // created before the payments above in time; paid on time
  fs2021!.forfall.forEach((x, i) => betal(`FS:2021:${i + 1}:inn`, isoOf(x.dag), 10_000, [x], { kid: fs2021!.kid! }));

  // 2022: two terms paid late -> Forsinkelsesrente 2022 = 2 434 (32 700 x interest days, rounded)
  const fs2022 = krav(
    def("FS:2022", KRAVTYPER.forskuddsskattPerson, "2022-01-17", [["2022-03-15", 32_700], ["2022-05-16", 32_700], ["2022-09-15", 32_700], ["2022-11-15", 32_700]], {
      periode: aarsperiode(2022),
      kid: personKid("201", 2022),
    }),
  );
  betal("FS:2022:1-3:inn", "2022-09-15", 3 * 32_700, [f(fs2022, 1), f(fs2022, 2), f(fs2022, 3)], { kid: fs2022!.kid! });
  betal("FS:2022:4:inn", "2022-11-15", 32_700, [f(fs2022, 4)], { kid: fs2022!.kid! });

  // 2023
  const fs2023 = krav(
    def("FS:2023", KRAVTYPER.forskuddsskattPerson, "2023-01-16", [["2023-03-15", 20_000], ["2023-05-15", 20_000], ["2023-09-15", 20_000], ["2023-11-15", 20_000]], {
      periode: aarsperiode(2023),
      kid: personKid("201", 2023),
    }),
  );
  fs2023!.forfall.slice(0, 3).forEach((x, i) => betal(`FS:2023:${i + 1}:inn`, isoOf(x.dag), 20_000, [x], { kid: fs2023!.kid! }));
  const rs2022 = krav(
    def("RS:2022", KRAVTYPER.restskattPerson, "2023-09-14", [["2023-10-20", 156_283], ["2023-11-20", 156_283]], {
      periode: aarsperiode(2022),
      kid: personKid("215", 2022),
    }),
  );
  const fr2022 = krav(
    def("FR:2022", KRAVTYPER.forsinkelsesrente, "2023-10-12", [["2023-11-02", 2_434]], { periode: aarsperiode(2022), kid: personKid("224", 2022) }),
  );
  betal("2023-10-18:inn", "2023-10-18", 315_000, [f(fr2022, 1), f(rs2022, 1), f(rs2022, 2)]);
  betal("FS:2023:4:inn", "2023-11-15", 20_000, [f(fs2023, 4)], { kid: fs2023!.kid! });

  // 2024: forskuddsskatt 448 600 in four terms, nothing paid.
  krav(
    def("FS:2024", KRAVTYPER.forskuddsskattPerson, "2024-01-22", [["2024-03-15", 112_150], ["2024-05-15", 112_150], ["2024-09-16", 112_150], ["2024-11-15", 112_150]], {
      periode: aarsperiode(2024),
      kid: personKid("201", 2024),
    }),
  );
  return r.ledger;
}

function isoOf(day: number) {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
