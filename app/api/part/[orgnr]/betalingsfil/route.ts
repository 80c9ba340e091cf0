import type { NextRequest } from "next/server";
import { isSameOriginPost } from "@/lib/auth/cookies";
import { betalingsfilStroem, nyBetalingsfil, planleggBetalingsfil } from "@/lib/betal/betalingsfil";
import { lesBetalingsfilSkjema, sisteUtfoerelsesdato, type BetalingsfilSkjema } from "@/lib/betal/betalingsfil-skjema";
import { feilsvar } from "@/lib/betal/betalingsfil-svar";
import { filsvar, medAapneKrav } from "@/lib/betal/rute";
import { lagBetaling, lesUtvalg, utvalgQuery } from "@/lib/betal/utvalg";
import { formatering } from "@/lib/i18n/formatering";
import { oversetter } from "@/lib/i18n/oversetter";
import { countExport, withRouteMetrics } from "@/lib/metrics";

/**
 * The bank payment file (ISO 20022 pain.001.001.03) for the pay page's selection: the page's
 * query (?krav=ID[&forfall=ID], ?krav=A&krav=B, ?utvalg=forfalte|fremtidige|innen&tilOgMed=,
 * &medUtsatte=1), posted by the page's form with the payer's account (fraKonto) and the
 * execution date (betalingsdato) in the body, never in the URL. Streamed as an attachment.
 * 401/403/400 from the guard first; 403 for a post from another site; 400 with a melding per
 * field for a bad selection or form; 404 when no line has a KID and account; the API's failure
 * otherwise. A browser's own form post (no JavaScript) gets the error as a small HTML page with
 * the way back, anything else JSON.
 */
export const dynamic = "force-dynamic";

export const POST = withRouteMetrics("/api/part/[orgnr]/betalingsfil", async (request: NextRequest, ctx: { params: Promise<{ orgnr: string }> }) => {
  const { orgnr } = await ctx.params;
  const started = performance.now();
  const form = await request.formData().catch(() => null);
  const tekst = (k: string) => {
    const v = form?.get(k);
    return typeof v === "string" ? v : undefined;
  };
  const utvalg = lesUtvalg(request.nextUrl.searchParams);

  let skjema: BetalingsfilSkjema | null = null;

  return medAapneKrav(
    request,
    orgnr,
    "betalingsfil",
    ({ access, aapne, iDag, spraak }) => {
      const side = `/${access.party.orgnr}/betal${utvalg ? `?${utvalgQuery(utvalg)}` : ""}`;
      if (!utvalg || !skjema?.ok) return feilsvar(request, spraak, side, 400, "UGYLDIG_SKJEMA", oversetter(spraak, "betal")("api.ugyldig"));
      const plan = planleggBetalingsfil(lagBetaling(aapne, utvalg, iDag), skjema.valgte);
      if (plan.overfoeringer.length === 0) return feilsvar(request, spraak, side, 404, "INGENTING_I_FILEN", oversetter(spraak, "betalingsfil")("ingenting"));
      const fil = nyBetalingsfil({ betaler: { navn: access.party.name, orgnr: access.party.orgnr, kontonummer: skjema.kontonummer }, utfoerelsesdato: skjema.utfoerelsesdato, overfoeringer: plan.overfoeringer });
      return countExport("betalingsfil", filsvar(betalingsfilStroem(fil), "application/xml; charset=utf-8", `betalingsfil-${access.party.orgnr}-${skjema.utfoerelsesdato}.xml`), started);
    },
    // Checked before the upstream is asked: where the post came from, the selection and the form.
    ({ access, iDag, spraak }) => {
      const side = `/${access.party.orgnr}/betal${utvalg ? `?${utvalgQuery(utvalg)}` : ""}`;
      const t = oversetter(spraak, "betalingsfil");
      if (!isSameOriginPost(request)) return feilsvar(request, spraak, side, 403, "FREMMED_OPPRINNELSE", t("api.fremmed"));
      if (!utvalg) return feilsvar(request, spraak, side, 400, "UGYLDIG_UTVALG", oversetter(spraak, "betal")("api.ugyldig"));
      // The page's list of claims (for a selection that is not too large to list) posts medValg=1 and one valg= per ticked line.
      const valgte = tekst("medValg") === "1" ? (form?.getAll("valg") ?? []).filter((v): v is string => typeof v === "string") : null;
      skjema = lesBetalingsfilSkjema({ fraKonto: tekst("fraKonto"), betalingsdato: tekst("betalingsdato"), valgte }, iDag);
      if (skjema.ok) return null;
      const f = formatering(spraak);
      const feil = skjema.feil.map((x) => ({ felt: x.felt, kode: x.kode, melding: t(`feil.${x.kode}`, { idag: f.dato(iDag), siste: f.dato(sisteUtfoerelsesdato(iDag)) }) }));
      return feilsvar(request, spraak, side, 400, "UGYLDIG_SKJEMA", t("api.ugyldigSkjema", { feil: feil.map((x) => x.melding).join(" ") }), { feil });
    },
  );
});
