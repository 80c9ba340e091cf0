import { expect, test } from "@playwright/test";
import { SEED_ORGNR, STOR_ORGNR } from "../dev/testdata/parties";
import { iDag } from "../lib/dato";
import { loginAs } from "./helpers/login";
import { oversett, tekster } from "./helpers/tekster";

/** The kontoutskrift route as a program would call it: refusals, and a big statement streamed. */

const url = (orgnr: string, query: string) => `/api/part/${orgnr}/kontoutskrift?${query}`;
const t = tekster.kontoutskrift;
const nb = oversett("nb");

test("refuses without a session (401) and for someone else's party (403)", async ({ playwright, baseURL, page }) => {
  const anonym = await playwright.request.newContext({ baseURL });
  const uten = await anonym.get(url(SEED_ORGNR, "fraOgMed=2024-01-01&tilOgMed=2024-12-31"), { maxRedirects: 0 });
  expect(uten.status()).toBe(401);
  await anonym.dispose();

  await loginAs(page, "Kari Nordmann");
  const annen = await page.request.get(url("311851381", "fraOgMed=2024-01-01&tilOgMed=2024-12-31"), { maxRedirects: 0 });
  expect(annen.status()).toBe(403);
});

test("bad parameters get 400 with a clear Norwegian message, never a 500", async ({ page }) => {
  await loginAs(page, "Kari Nordmann");
  const iMorgen = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const tilfeller: [string, string][] = [
    ["fraOgMed=2024-06-02&tilOgMed=2024-06-01", t.feil.fraEtterTil],
    ["fraOgMed=2017-01-01&tilOgMed=2017-12-31", nb("kontoutskrift.feil.foerTidligste", { dato: "01.01.2018" })],
    [`fraOgMed=${iDag()}&tilOgMed=${iMorgen > iDag() ? iMorgen : "2999-01-01"}`, t.feil.iFremtiden],
    ["fraOgMed=banan&tilOgMed=2024-12-31", nb("kontoutskrift.feil.ugyldigDato", { felt: t.skjema.fraOgMed })],
    ["tilOgMed=2024-12-31", nb("kontoutskrift.feil.ugyldigDato", { felt: t.skjema.fraOgMed })],
    ["fraOgMed=2024-01-01&tilOgMed=2024-12-31&ark=krav,hemmelig", t.feil.ukjentArk],
  ];
  for (const [query, melding] of tilfeller) {
    const res = await page.request.get(url(SEED_ORGNR, query));
    expect(res.status(), query).toBe(400);
    expect((await res.json()).melding, query).toContain(melding);
  }
});

test("the messages and the file name follow the chosen language", async ({ page, baseURL }) => {
  await loginAs(page, "Kari Nordmann");
  await page.context().addCookies([{ name: "spraak", value: "en", url: baseURL! }]);
  const feil = await page.request.get(url(SEED_ORGNR, "fraOgMed=2017-01-01&tilOgMed=2017-12-31"));
  expect(feil.status()).toBe(400);
  expect((await feil.json()).melding).toBe(oversett("en")("kontoutskrift.feil.foerTidligste", { dato: "01/01/2018" }));
  const fil = await page.request.get(url(SEED_ORGNR, "fraOgMed=2024-01-01&tilOgMed=2024-12-31&ark=krav"));
  expect(fil.status()).toBe(200);
  expect(fil.headers()["content-disposition"]).toBe(`attachment; filename="account-statement-${SEED_ORGNR}-2024-01-01-2024-12-31.xlsx"`);
  await fil.body();

  await page.context().addCookies([{ name: "spraak", value: "nn", url: baseURL! }]);
  const nn = await page.request.get(url(SEED_ORGNR, "fraOgMed=2024-06-02&tilOgMed=2024-06-01"));
  expect((await nn.json()).melding).toBe(oversett("nn")("kontoutskrift.feil.fraEtterTil"));
});

test("the large party's eight years stream: headers at once, a complete file", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "a server test: once is enough");
  test.setTimeout(120_000);
  await loginAs(page, "Rita Regnskap");
  const aar = Number(iDag().slice(0, 4));
  const res = await page.request.get(url(STOR_ORGNR, `fraOgMed=${aar - 7}-01-01&tilOgMed=${iDag()}`), { timeout: 110_000 });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const body = await res.body();
  // A zip that ends with its central directory: the whole file arrived, nothing cut off.
  expect(body.subarray(0, 2).toString()).toBe("PK");
  expect(body.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))).toBeGreaterThan(body.length - 100);
  expect(body.length).toBeGreaterThan(500_000);
});
