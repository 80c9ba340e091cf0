import { test } from "node:test";
import assert from "node:assert/strict";
import {
  aapnekravResponseSchema,
  innbetalingSchema,
  kravSchema,
  utbetalingSchema,
  type InnbetalingDto,
  type KravDto,
  type UtbetalingDto,
} from "./schema";
import {
  benyttet,
  medIder,
  periodeAar,
  periodeTekst,
  tilAapneKrav,
  tilInnbetalingListe,
  tilKravListe,
  tilUtbetalingListe,
  tomAapneKrav,
  velgTekst,
} from "./mapping";

const tekst = (nb: string, en?: string) => ({
  spraakTekst: [{ tekst: nb, spraak: "nb" }, ...(en ? [{ tekst: en, spraak: "en" }] : [])],
});

/** A claim in the API's newer shape; `over` replaces fields. Parsed as the client parses it. */
function krav(over: Record<string, unknown> = {}): KravDto {
  return kravSchema.parse({
    kravidentifikator: "K-1",
    kravtype: "FORSKUDDSSKATT",
    kravgruppe: "Skatt",
    kravbeskrivelse: tekst("Forskuddsskatt", "Advance tax"),
    kravperiode: { periodeBeskrivelse: tekst("2024"), aar: 2024 },
    opprettelsesdatoForKrav: "2024-01-10",
    opprinneligBeloep: 1000,
    gjenstaaendeBeloep: 400,
    stipulerteRenter: 12.5,
    fastsettingsmaate: "EGENFASTSATT",
    kravforfall: [
      { kravforfallsIdentifikator: "F-2", forfallsdato: "2024-06-15", opprinneligBeloep: 500, gjenstaaendeBeloep: 400 },
      {
        kravforfallsIdentifikator: "F-1",
        forfallsdato: "2024-03-15",
        opprinneligBeloep: 500,
        gjenstaaendeBeloep: 0,
        betalingsinformasjon: { konto: { kontonummer: "12345678903" }, kid: "0012345678" },
        plassertInnbetaling: [
          { innbetalingsIdentifikator: "I-2", plassertBeloep: -200, plassertDato: "2024-03-20", innbetaltFra: { konto: { kontonummer: "******43210", kontoeiersNavn: "Kari" } } },
          { innbetalingsIdentifikator: "I-1", plassertBeloep: -300, plassertDato: "2024-03-10" },
        ],
        plassertMotkrav: [{ kravforfallsIdentifikator: "M-1", plassertBeloep: -50, kravbeskrivelse: tekst("Merverdiavgift"), plassertDato: "2024-03-12" }],
      },
    ],
    ...over,
  });
}

test("texts come in the requested language, else bokmål, else the first; plain old strings as they are", () => {
  assert.equal(velgTekst(tekst("Restskatt", "Residual tax"), "en"), "Residual tax");
  assert.equal(velgTekst(tekst("Restskatt", "Residual tax"), "nn"), "Restskatt");
  assert.equal(velgTekst({ spraakTekst: [{ tekst: "Only English", spraak: "en" }] }, "nb"), "Only English");
  assert.equal(velgTekst({ spraakTekst: [{ tekst: "Eng", spraak: "EN" }, { tekst: "Bok", spraak: "nb" }] }, "en"), "Eng");
  assert.equal(velgTekst("Restskatt (gammel form)", "en"), "Restskatt (gammel form)");
  assert.equal(velgTekst({ spraakTekst: [] }), null);
  assert.equal(velgTekst(null), null);
});

test("periods as text and year, from the new object or the old plain string", () => {
  assert.equal(periodeTekst({ periodeBeskrivelse: tekst("2023/02"), aar: 2023 }), "2023/02");
  assert.equal(periodeTekst("2023/02"), "2023/02");
  assert.equal(periodeTekst({ aar: 2022 }), "2022");
  assert.equal(periodeAar({ periodeBeskrivelse: tekst("1. termin"), aar: "2021" }), 2021);
  assert.equal(periodeAar("2023/02"), 2023);
  assert.equal(periodeAar("1. termin"), null);
  assert.equal(periodeAar(null), null);
});

test("a claim: language, due dates in date order, used amounts positive, payments by date", () => {
  const [k] = tilKravListe([krav()], "en");
  assert.ok(k);
  assert.equal(k.beskrivelse, "Advance tax");
  assert.equal(k.periode, "2024");
  assert.equal(k.aar, 2024);
  assert.equal(k.stipulerteRenter, 12.5);
  assert.deepEqual(
    k.forfall.map((f) => f.forfallsdato),
    ["2024-03-15", "2024-06-15"],
  );
  const first = k.forfall[0]!;
  assert.deepEqual(
    first.innbetalinger.map((i) => [i.innbetalingsidentifikator, i.benyttetBeloep]),
    [
      ["I-1", 300],
      ["I-2", 200],
    ],
  );
  assert.equal(first.innbetalinger[1]!.innbetaltFraKonto, "******43210");
  assert.equal(first.innbetalinger[1]!.kontoeiersNavn, "Kari");
  assert.equal(first.motkrav[0]!.benyttetBeloep, 50);
  assert.equal(first.motkrav[0]!.beskrivelse, "Merverdiavgift");
  assert.deepEqual(first.betalingsinformasjon, { kontonummer: "12345678903", kid: "0012345678", iban: null, swiftBIC: null, bankinformasjon: null });
  assert.equal(k.forfall[1]!.betalingsinformasjon, null);
  assert.equal(k.forfall[1]!.utsattIverksettelse, false);
});

test("claims come sorted by their first due date; a blank fastsettingsmaate is null; no description falls back to kravtype", () => {
  const list = tilKravListe([
    krav({ kravidentifikator: "SEN", kravforfall: [{ forfallsdato: "2025-01-01", opprinneligBeloep: 1, gjenstaaendeBeloep: 1 }] }),
    krav({ kravidentifikator: "TIDLIG", fastsettingsmaate: "blank", kravbeskrivelse: { spraakTekst: [] } }),
  ]);
  assert.deepEqual(
    list.map((k) => k.kravidentifikator),
    ["TIDLIG", "SEN"],
  );
  assert.equal(list[0]!.fastsettingsmaate, null);
  assert.equal(list[0]!.beskrivelse, "FORSKUDDSSKATT");
});

test("screened claims without identifiers get synthetic ids that are stable and distinct", () => {
  const bare = (beloep: number) =>
    krav({ kravidentifikator: undefined, kravforfall: [{ forfallsdato: "2024-03-15", opprinneligBeloep: beloep, gjenstaaendeBeloep: beloep }] });
  const once = tilKravListe([bare(100), bare(200), bare(100)]);
  const again = tilKravListe([bare(100), bare(200), bare(100)]);
  const ids = once.map((k) => k.kravidentifikator);
  assert.equal(new Set(ids).size, 3, "identical items still get distinct ids");
  assert.deepEqual(
    again.map((k) => k.kravidentifikator),
    ids,
  );
  for (const k of once) {
    assert.match(k.kravidentifikator, /^krav-/);
    assert.match(k.forfall[0]!.kravforfallsIdentifikator, new RegExp(`^${k.kravidentifikator}-forfall-`));
  }
  assert.deepEqual(
    medIder([{ a: 1 }, { a: 1 }], () => "  ", "x").map((x) => x.id.split("-").length),
    [2, 3],
  );
});

test("payments: amounts, accounts in new and old shape, placements positive and by date", () => {
  const ny: InnbetalingDto = innbetalingSchema.parse({
    innbetalingsidentifikator: "I-9",
    innbetalingsdato: "2023-10-18",
    innbetaltBeloep: 315000,
    uplassertBeloep: 0,
    innbetalingstype: "bankoverføring",
    mottakersKontonummer: { kontonummer: "63450618820" },
    innbetaltFra: { konto: { kontonummer: "******43210", kontoeiersNavn: "Kari Nordmann" } },
    plassertInnbetalingMotKrav: [
      { kravidentifikator: "K-2", plassertBeloep: -2434, plassertDato: "2023-10-20", kravbeskrivelse: tekst("Forsinkelsesrente") },
      { kravidentifikator: "K-1", plassertBeloep: -312566, plassertDato: "2023-10-19" },
    ],
  });
  const gammel: InnbetalingDto = innbetalingSchema.parse({
    innbetalingsIdentifikator: "I-8",
    innbetalingsdato: "2023-01-05",
    innbetaltBeloep: 100,
    betaltFra: { konto: { kontonummer: "******11111" } },
    betaltTilKonto: { kontonummer: "63450618820" },
    plassertInnbetalingMotKrav: [{ plassertBeloep: -60, plasseringsdato: "2023-01-06", kravbeskrivelse: "Restskatt" }],
  });
  const [a, b] = tilInnbetalingListe([ny, gammel]);
  assert.equal(a!.innbetalingsidentifikator, "I-8", "by date");
  assert.equal(a!.innbetaltFraKonto, "******11111");
  assert.equal(a!.mottakersKontonummer, "63450618820");
  assert.equal(a!.plasseringer[0]!.plassertDato, "2023-01-06");
  assert.equal(a!.plasseringer[0]!.beskrivelse, "Restskatt");
  assert.equal(a!.uplassertBeloep, 40, "without uplassertBeloep: what the placements leave");
  assert.deepEqual(
    b!.plasseringer.map((p) => [p.kravidentifikator, p.benyttetBeloep]),
    [
      ["K-1", 312566],
      ["K-2", 2434],
    ],
  );
  assert.equal(b!.kontoeiersNavn, "Kari Nordmann");
  assert.equal(b!.uplassertBeloep, 0);
});

test("payouts: credit claims with motregnetBeloep = |opprinnelig| - utbetalt - |gjenstaaende|", () => {
  const dto: UtbetalingDto = utbetalingSchema.parse({
    utbetalingsidentifikator: "U-1",
    utbetaltdato: "2024-05-02",
    utbetaltBeloep: 700.4,
    utbetalingstatus: "bekreftet",
    betaltTil: { meldingSendtTilMottaker: "Skatteoppgjør 2023", konto: { kontonummer: "******43210", kontoeiersNavn: "Havbris" }, valutakode: "NOK" },
    grunnlagForUtbetaling: {
      kreditKrav: [
        { kravforfallidentifikator: "KK-1", opprinneligBeloep: -1000.5, gjenstaaendeBeloep: 0, utbetaltBeloep: 700.4, kravbeskrivelse: tekst("Tilgodebeløp") },
        { opprinneligBeloep: -100, utbetaltBeloep: 100 },
      ],
    },
  });
  const [u] = tilUtbetalingListe([dto]);
  assert.equal(u!.melding, "Skatteoppgjør 2023");
  assert.equal(u!.tilKonto, "******43210");
  assert.equal(u!.valutakode, "NOK");
  assert.equal(u!.kreditKrav[0]!.motregnetBeloep, 300.1);
  assert.equal(u!.kreditKrav[0]!.beskrivelse, "Tilgodebeløp");
  assert.equal(u!.kreditKrav[1]!.motregnetBeloep, 0);
  assert.equal(u!.kreditKrav[1]!.kravforfallsIdentifikator, null);
});

test("used amounts are positive whatever sign the API gives", () => {
  assert.equal(benyttet(-1000), 1000);
  assert.equal(benyttet(250.5), 250.5);
  assert.ok(Object.is(benyttet(-0), 0));
});

test("aapnekrav: sums as given, screened flag, missing lists as empty", () => {
  const dto = aapnekravResponseSchema.parse({
    partIdentifikator: "310478717",
    skjermet: true,
    aapentKravMedGjenstaaendeBeloep: [krav({ kravidentifikator: undefined })],
    totalOversikt: { sumForfalteKrav: 400, saldo: 400 },
  });
  const a = tilAapneKrav(dto);
  assert.equal(a.skjermet, true);
  assert.equal(a.krav.length, 1);
  assert.deepEqual(a.uplasserteInnbetalinger, []);
  assert.deepEqual(a.oversiktPerKravgruppe, []);
  assert.deepEqual(a.totalOversikt, { sumStipulerteRenter: 0, sumForfalteKrav: 400, sumIkkeForfalteKrav: 0, sumUplasserteInnbetalinger: 0, saldo: 400 });
  assert.deepEqual(tomAapneKrav("314055403").totalOversikt.saldo, 0);
});
