import { expect, test } from "@playwright/test";
import { FAILING_PARTIES, SEED_ORGNR, STOR_ORGNR } from "../dev/testdata/parties";
import { loginAs } from "./helpers/login";
import { standinAapneKrav, standinInnbetalinger } from "./helpers/oversikt-data";

/** The overview's JSON routes: pages of data, errors as JSON with the korrelasjonsid, never a 500 with a stack. */

test("the routes answer one page of sorted data, and bad parameters are a 400, not a crash", async ({ page }) => {
  await loginAs(page, "Rita Regnskap");
  const apne = await page.request.get(`/api/part/${STOR_ORGNR}/aapnekrav?sorter=gjenstaaendeBeloep&retning=synkende&side=2`);
  expect(apne.status()).toBe(200);
  expect(apne.headers()["cache-control"]).toContain("no-store");
  const side = await apne.json();
  const alle = standinAapneKrav(STOR_ORGNR).krav.map((k) => k.gjenstaaendeBeloep).sort((a, b) => b - a);
  expect(side.treff).toBe(alle.length);
  expect(side.side).toBe(2);
  expect(side.rader.map((r: { krav: { gjenstaaendeBeloep: number } }) => r.krav.gjenstaaendeBeloep)).toEqual(alle.slice(25, 50));

  const inn = await (await page.request.get(`/api/part/${SEED_ORGNR}/innbetalinger?aar=2023`)).json();
  expect(inn.treff).toBe(standinInnbetalinger(SEED_ORGNR, 2023).length);

  for (const q of ["", "?aar=1999", "?aar=tull"]) {
    const res = await page.request.get(`/api/part/${SEED_ORGNR}/krav${q}`);
    expect(res.status(), q).toBe(400);
    expect((await res.json()).feil.type, q).toBe("input");
  }
});

test("an upstream failure is JSON with the korrelasjonsid and a status that says what kind", async ({ page }) => {
  await loginAs(page, "Rita Regnskap");
  const kb002 = FAILING_PARTIES.find((p) => p.scenario === "feil-kb002")!.orgnr;
  const res = await page.request.get(`/api/part/${kb002}/aapnekrav`);
  expect(res.status()).toBe(503);
  const body = await res.json();
  expect(body.feil, JSON.stringify(body)).toMatchObject({ kode: "KB-002", kanProevesIgjen: true });
  expect(body.feil.korrelasjonsid).toMatch(/^[0-9a-f-]{36}$/);
  expect(JSON.stringify(body)).not.toMatch(/stack|at \w+ \(/);

  const ugyldig = FAILING_PARTIES.find((p) => p.scenario === "feil-ugyldig")!.orgnr;
  const schema = await page.request.get(`/api/part/${ugyldig}/utbetalinger?aar=2023`);
  expect(schema.status()).toBe(502);
  expect((await schema.json()).feil.type).toBe("schema");
});

test("the JSON routes give the API's texts in the language of the spraak cookie, bokmål without it", async ({ page, baseURL }) => {
  await loginAs(page, "Rita Regnskap");
  const beskrivelser = async () => {
    const side = await (await page.request.get(`/api/part/${SEED_ORGNR}/aapnekrav`)).json();
    return side.rader.map((r: { krav: { beskrivelse: string } }) => r.krav.beskrivelse);
  };
  const forventet = (spraak: "nb" | "nn" | "en") => standinAapneKrav(SEED_ORGNR, spraak).krav.map((k) => k.beskrivelse);
  expect(await beskrivelser()).toEqual(forventet("nb"));
  for (const spraak of ["en", "nn", "nb"] as const) {
    await page.context().addCookies([{ name: "spraak", value: spraak, url: baseURL! }]);
    expect(await beskrivelser(), spraak).toEqual(forventet(spraak));
  }
  expect(forventet("en")).not.toEqual(forventet("nb"));
});
