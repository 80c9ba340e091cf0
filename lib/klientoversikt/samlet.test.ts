import { test } from "node:test";
import assert from "node:assert/strict";
import { KravOgBetalingerError } from "../kravogbetalinger/errors";
import type { AapneKrav } from "../kravogbetalinger/model";
import { lesOrgnrListe, ndjsonStrom, samletSammendrag, type SamletLinje } from "./samlet";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tom = (orgnr: string): AapneKrav =>
  ({
    partIdentifikator: orgnr,
    skjermet: false,
    krav: [],
    uplasserteInnbetalinger: [],
    totalOversikt: { sumStipulerteRenter: 0, sumForfalteKrav: 0, sumIkkeForfalteKrav: 0, sumUplasserteInnbetalinger: 0, saldo: 0 },
    oversiktPerKravgruppe: [],
  }) as unknown as AapneKrav;

test("one line per client as soon as it is ready; a refused or failing client is a line, not the end", async () => {
  const forsinkelse: Record<string, number> = { "111111111": 60, "222222222": 5, "444444444": 20 };
  const linjer: SamletLinje[] = [];
  for await (const l of samletSammendrag(["111111111", "222222222", "333333333", "444444444"], {
    sjekkTilgang: async (o) => (o === "333333333" ? { ok: false, status: 403 } : { ok: true, orgnr: o }),
    hentAapnekrav: async (o) => {
      await sleep(forsinkelse[o]!);
      if (o === "444444444") throw new KravOgBetalingerError({ type: "timeout", message: "x", korrelasjonsid: "KOB-1" });
      return tom(o);
    },
    iDag: "2026-12-04",
  })) {
    linjer.push(l);
  }
  assert.deepEqual(
    linjer.map((l) => [l.orgnr, l.status]),
    [
      ["333333333", 403],
      ["222222222", 200],
      ["444444444", 504],
      ["111111111", 200],
    ],
  );
  const feilet = linjer[2]!;
  assert.ok("feil" in feilet && feilet.feil.korrelasjonsid === "KOB-1");
  assert.ok("feil" in linjer[0]! && linjer[0].feil.type === "tilgang");
});

test("the stream is NDJSON, and the orgnr list is read from repeated or comma-separated parameters", async () => {
  const linjer = samletSammendrag(["111111111"], { sjekkTilgang: async (o) => ({ ok: true, orgnr: o }), hentAapnekrav: async (o) => tom(o), iDag: "2026-12-04" });
  const tekst = await new Response(ndjsonStrom(linjer)).text();
  assert.equal(tekst.split("\n").length, 2);
  assert.equal(JSON.parse(tekst.split("\n")[0]!).sammendrag.orgnr, "111111111");
  assert.deepEqual(lesOrgnrListe(new URLSearchParams("orgnr=1,2&orgnr=3&orgnr=2&orgnr=")), ["1", "2", "3"]);
});
