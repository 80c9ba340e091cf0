import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { lagGrunnlag, lagInnbetaling, lagPlassering } from "./fixtures";
import { kontoutskriftRespons, XLSX_TYPE } from "./respons";

/** Enough rows that the file is several times larger than every buffer on the way. */
const stort = () =>
  lagGrunnlag({
    periode: { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" },
    innbetalinger: Array.from({ length: 15_000 }, (_, i) =>
      lagInnbetaling({
        innbetalingsdato: `2024-0${(i % 9) + 1}-1${i % 10}`,
        innbetaltBeloep: 1000 + i,
        kid: String(1_000_000_000 + i * 7919),
        plasseringer: [lagPlassering({ benyttetBeloep: 1000 + i, beskrivelse: `Krav nummer ${i * 31}`, plassertDato: "2024-10-01" })],
      }),
    ),
  });

type Utfall = Parameters<NonNullable<Parameters<typeof kontoutskriftRespons>[1]>["paaSlutt"] & object>[0];

describe("kontoutskrift: the streamed response", () => {
  test("is an attachment named after the party and the period, never cached", () => {
    const res = kontoutskriftRespons(lagGrunnlag({ periode: { fraOgMed: "2024-01-01", tilOgMed: "2024-12-31" } }));
    assert.equal(res.headers.get("content-type"), XLSX_TYPE);
    assert.equal(res.headers.get("content-disposition"), 'attachment; filename="kontoutskrift-313367002-2024-01-01-2024-12-31.xlsx"');
    assert.equal(res.headers.get("cache-control"), "no-store");
    void res.body?.cancel();
  });

  test("a client that stops reading stops the writer (backpressure), and it finishes when reading resumes", async () => {
    let utfall: Utfall | undefined;
    let skrevet = 0;
    const res = kontoutskriftRespons(stort(), { paaSlutt: (u) => (utfall = u), fremdrift: (n) => (skrevet = n) });
    const reader = res.body!.getReader();
    const foerste = await reader.read();
    assert.ok(foerste.value && foerste.value.byteLength > 0, "the first bytes come at once");
    // Wait until the writer has filled the buffers on the way and stopped (a busy machine is slow).
    // Stopped means: the same count at three readings in a row (one equal reading can be a pause
    // of a writer starved of CPU).
    let forrige = -1;
    for (let i = 0, like = 0; i < 150 && like < 3; i++) {
      like = skrevet === forrige ? like + 1 : 0;
      forrige = skrevet;
      await sleep(150);
    }
    const etterEnStund = skrevet;
    await sleep(300);
    assert.equal(utfall, undefined, "the writer waits for the client");
    assert.equal(skrevet, etterEnStund, "no rows written while the client did not read");
    assert.ok(skrevet < 45_000, `stopped before the end (${skrevet} of 45 000 rows)`);
    let bytes = foerste.value.byteLength;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
    }
    await sleep(10);
    assert.deepEqual(utfall, { status: "ferdig" });
    assert.equal(skrevet, 45_000);
    assert.ok(bytes > 500_000, `a big file (${bytes} bytes)`);
  });

  test("a client that goes away ends the writing as 'avbrutt', without an unhandled error", async () => {
    let utfall: Utfall | undefined;
    const res = kontoutskriftRespons(stort(), { paaSlutt: (u) => (utfall = u) });
    const reader = res.body!.getReader();
    await reader.read();
    await reader.cancel();
    for (let i = 0; i < 50 && !utfall; i++) await sleep(20);
    assert.deepEqual(utfall, { status: "avbrutt" });
  });
});
