import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { oversetter } from "../i18n/oversetter";
import { ARK_VALG, HURTIGVALG, TIDLIGSTE_DATO, hurtigvalg, parseDatoInput, validerArk as validerArkPaa, validerPeriode as validerPeriodePaa } from "./periode";

const t = oversetter("nb", "kontoutskrift");
const NB = { t, spraak: "nb" } as const;
const validerPeriode = (input: Parameters<typeof validerPeriodePaa>[0], iDag: string) => validerPeriodePaa(input, iDag, NB);
const validerArk = (verdier: string[]) => validerArkPaa(verdier, t);

const I_DAG = "2026-11-26";
const feilFor = (fraOgMed: string, tilOgMed: string) => {
  const r = validerPeriode({ fraOgMed, tilOgMed }, I_DAG);
  return r.ok ? [] : r.feil.map((f) => f.melding);
};

describe("kontoutskrift: the period", () => {
  test("accepts an ordinary period and a single day", () => {
    assert.deepEqual(validerPeriode({ fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" }, I_DAG), {
      ok: true,
      periode: { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" },
    });
    assert.equal(validerPeriode({ fraOgMed: I_DAG, tilOgMed: I_DAG }, I_DAG).ok, true);
  });

  test("refuses from after to", () => {
    assert.deepEqual(feilFor("2024-06-02", "2024-06-01"), [t("feil.fraEtterTil")]);
  });

  test("refuses a period ending after today", () => {
    assert.deepEqual(feilFor("2026-01-01", "2026-11-27"), [t("feil.iFremtiden")]);
  });

  test("refuses a start before the earliest data", () => {
    assert.deepEqual(feilFor("2017-12-31", "2018-06-30"), [t("feil.foerTidligste", { dato: "01.01.2018" })]);
    assert.equal(validerPeriode({ fraOgMed: TIDLIGSTE_DATO, tilOgMed: "2018-06-30" }, I_DAG).ok, true);
  });

  test("allows exactly 10 years, refuses one day more", () => {
    const iDag = "2036-12-31";
    assert.equal(validerPeriode({ fraOgMed: "2027-01-01", tilOgMed: "2036-12-31" }, iDag).ok, true);
    const r = validerPeriode({ fraOgMed: "2026-12-31", tilOgMed: "2036-12-31" }, iDag);
    assert.deepEqual(r.ok ? [] : r.feil.map((f) => f.melding), [t("feil.forLang")]);
  });

  test("refuses missing, malformed and impossible dates, naming the field", () => {
    const r = validerPeriode({ fraOgMed: "2024-02-30", tilOgMed: null }, I_DAG);
    assert.equal(r.ok, false);
    assert.deepEqual(
      r.ok ? [] : r.feil.map((f) => f.felt),
      ["fraOgMed", "tilOgMed"],
    );
    assert.equal(validerPeriode({ fraOgMed: "01.01.2024", tilOgMed: "2024-12-31" }, I_DAG).ok, false);
  });

  test("every quick choice is a valid period", () => {
    const valg = hurtigvalg(I_DAG);
    assert.deepEqual(valg.iAar, { fraOgMed: "2026-01-01", tilOgMed: I_DAG });
    assert.deepEqual(valg.iFjor, { fraOgMed: "2025-01-01", tilOgMed: "2025-12-31" });
    assert.deepEqual(valg.siste12, { fraOgMed: "2025-11-27", tilOgMed: I_DAG });
    assert.deepEqual(valg.alleAar, { fraOgMed: TIDLIGSTE_DATO, tilOgMed: I_DAG });
    for (const iDag of [I_DAG, "2019-03-01", "2030-02-28", "2040-07-01"]) {
      for (const navn of HURTIGVALG) assert.equal(validerPeriode(hurtigvalg(iDag)[navn], iDag).ok, true, `${navn} ${iDag}`);
    }
    assert.deepEqual(hurtigvalg("2040-07-01").alleAar, { fraOgMed: "2030-07-02", tilOgMed: "2040-07-01" });
  });
});

describe("kontoutskrift: the sheets asked for", () => {
  test("none given means all; comma lists and repeats both work, in the workbook's order", () => {
    assert.deepEqual(validerArk([]), { ok: true, ark: [...ARK_VALG] });
    assert.deepEqual(validerArk(["motregning,krav"]), { ok: true, ark: ["krav", "motregning"] });
    assert.deepEqual(validerArk(["utbetalinger", "krav"]), { ok: true, ark: ["krav", "utbetalinger"] });
  });

  test("refuses an empty choice and unknown sheets", () => {
    assert.deepEqual(validerArk([""]), { ok: false, melding: t("feil.ingenArk") });
    assert.deepEqual(validerArk(["krav,hemmelig"]), { ok: false, melding: t("feil.ukjentArk") });
  });
});

describe("kontoutskrift: dates as typed in the form", () => {
  test("reads dd.mm.yyyy and ISO, refuses impossible dates", () => {
    assert.equal(parseDatoInput("15.03.2024"), "2024-03-15");
    assert.equal(parseDatoInput(" 1.3.2024 "), "2024-03-01");
    assert.equal(parseDatoInput("2024-03-15"), "2024-03-15");
    assert.equal(parseDatoInput("31.02.2024"), null);
    assert.equal(parseDatoInput("mars"), null);
  });

  test("reads dd/mm/yyyy, as the English form shows dates", () => {
    assert.equal(parseDatoInput("15/03/2024"), "2024-03-15");
    assert.equal(parseDatoInput("31/02/2024"), null);
  });
});

describe("kontoutskrift: the messages in the request's language", () => {
  test("nynorsk and English, with the earliest date written as the language writes it", () => {
    const nn = validerPeriodePaa({ fraOgMed: "2017-12-31", tilOgMed: "2018-06-30" }, I_DAG, { t: oversetter("nn", "kontoutskrift"), spraak: "nn" });
    assert.deepEqual(nn.ok ? [] : nn.feil.map((f) => f.melding), ["Det finst ikkje data før 01.01.2018. Vel ein seinare frå og med-dato."]);
    const en = validerPeriodePaa({ fraOgMed: "2017-12-31", tilOgMed: "banan" }, I_DAG, { t: oversetter("en", "kontoutskrift"), spraak: "en" });
    assert.deepEqual(en.ok ? [] : en.feil.map((f) => f.melding), ["End date must be a valid date (dd/mm/yyyy)."]);
    const en2 = validerPeriodePaa({ fraOgMed: "2017-12-31", tilOgMed: "2018-06-30" }, I_DAG, { t: oversetter("en", "kontoutskrift"), spraak: "en" });
    assert.deepEqual(en2.ok ? [] : en2.feil.map((f) => f.melding), ["There is no data before 01/01/2018. Choose a later start date."]);
    assert.deepEqual(validerArkPaa([""], oversetter("en", "kontoutskrift")), { ok: false, melding: "Choose at least one sheet." });
  });
});
