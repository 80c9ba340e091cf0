import type { NextRequest } from "next/server";
import { betalingsfilStroem, nyBetalingsfil, planleggBetalingsfil } from "@/lib/betal/betalingsfil";
import { lesBetalingsfilSkjema } from "@/lib/betal/betalingsfil-skjema";
import { filsvar, jsonFeil, medAapneKrav } from "@/lib/betal/rute";
import { lagBetaling, lesUtvalg, utvalgQuery } from "@/lib/betal/utvalg";
import { countExport, withRouteMetrics } from "@/lib/metrics";
import { oversetter } from "@/lib/i18n/oversetter";
import { INTL_LOCALE } from "@/lib/i18n/spraak";

/**
 * The bank payment file (ISO 20022 pain.001.001.03) for the pay page's selection (the same
 * query as the page: ?krav=ID[&forfall=ID], ?krav=A&krav=B, ?utvalg=forfalte|fremtidige|innen&tilOgMed=),
 * posted by the page's form with the payer's account (fraKonto) and the execution date
 * (betalingsdato) in the body, never in the URL. Streamed as an attachment. 401/403/400 from the
 * guard; 400 with a melding for a bad selection or form (an HTML page for a browser's form post
 * without JS, JSON otherwise); 404 when no line has a KID and account; the API's failure otherwise.
 */
export const dynamic = "force-dynamic";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const POST = withRouteMetrics("/api/part/[orgnr]/betalingsfil", async (request: NextRequest, ctx: { params: Promise<{ orgnr: string }> }) => {
  const { orgnr } = await ctx.params;
  const started = performance.now();
  const form = await request.formData().catch(() => null);
  return medAapneKrav(request, orgnr, "betalingsfil", async ({ access, aapne, iDag, spraak }) => {
    const t = oversetter(spraak, "betalingsfil");
    const utvalg = lesUtvalg(request.nextUrl.searchParams);
    const side = `/${access.party.orgnr}/betal${utvalg ? `?${utvalgQuery(utvalg)}` : ""}`;
    const navigering = request.headers.get("sec-fetch-mode") === "navigate" || (request.headers.get("accept") ?? "").includes("text/html");
    const feil = (status: number, kode: string, melding: string) =>
      navigering
        ? new Response(
            `<!doctype html><html lang="${INTL_LOCALE[spraak]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(t("skjema.knapp"))}</title></head>` +
              `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><main><h1>${escapeHtml(t("skjema.knapp"))}</h1><p role="alert" data-kode="${kode}">${escapeHtml(melding)}</p>` +
              `<p><a href="${escapeHtml(side)}">${escapeHtml(t("api.tilbake"))}</a></p></main></body></html>`,
            { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } },
          )
        : jsonFeil(status, kode, melding);
    if (!utvalg) return feil(400, "UGYLDIG_UTVALG", oversetter(spraak, "betal")("api.ugyldig"));
    const skjema = lesBetalingsfilSkjema({ fraKonto: form?.get("fraKonto")?.toString(), betalingsdato: form?.get("betalingsdato")?.toString() }, iDag);
    if (!skjema.ok) return feil(400, "UGYLDIG_SKJEMA", t("api.ugyldigSkjema", { feil: skjema.feil.map((f) => t(`feil.${f.kode}`)).join(" ") }));
    const plan = planleggBetalingsfil(lagBetaling(aapne, utvalg, iDag), { skjermet: aapne.skjermet });
    if (plan.overfoeringer.length === 0) return feil(404, "INGENTING_I_FILEN", t("ingenting"));
    const fil = nyBetalingsfil({ betaler: { navn: access.party.name, orgnr: access.party.orgnr, kontonummer: skjema.kontonummer }, utfoerelsesdato: skjema.utfoerelsesdato, overfoeringer: plan.overfoeringer });
    return countExport("betalingsfil", filsvar(betalingsfilStroem(fil), "application/xml; charset=utf-8", `betalingsfil-${access.party.orgnr}-${skjema.utfoerelsesdato}.xml`), started);
  });
});
