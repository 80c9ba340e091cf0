"use client";

import { Button, ErrorSummary, Loader, VStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { useFormatering } from "@/lib/i18n/useFormatering";
import { formatTall } from "@/lib/format";
import type { Spraak } from "@/lib/i18n/spraak";
import { ARK_VALG, hurtigvalg, parseDatoInput, validerPeriode, type ArkValg } from "@/lib/kontoutskrift/periode";
import { ArkVelger } from "./ArkVelger";
import { lastNedKontoutskrift, kontoutskriftUrl } from "./lastNed";
import { NedlastingStatus, type Status } from "./NedlastingStatus";
import { PeriodeVelger, type Valg } from "./PeriodeVelger";

type Feil = Partial<Record<"fraOgMed" | "tilOgMed" | "ark", string>>;

/**
 * The kontoutskrift form: period, sheets, and a download button that shows progress and stays
 * usable (pressing it again starts over). The same rules as the route refuse a bad period here
 * first, with an error summary that links to the field. Dates are shown and typed as the page's
 * language writes them (dd.mm.yyyy, or dd/mm/yyyy in English; either is read).
 */
export function KontoutskriftSkjema({ orgnr, iDag }: { orgnr: string; iDag: string }) {
  const t = useTranslations("kontoutskrift");
  const { spraak, dato: tilSkjemaDato } = useFormatering();
  const start = hurtigvalg(iDag).iAar;
  const [valg, setValg] = useState<Valg>("iAar");
  const [fra, setFra] = useState(tilSkjemaDato(start.fraOgMed));
  const [til, setTil] = useState(tilSkjemaDato(start.tilOgMed));
  const [ark, setArk] = useState<ArkValg[]>([...ARK_VALG]);
  const [feil, setFeil] = useState<Feil>({});
  const [status, setStatus] = useState<Status>({ type: "klar" });
  const oppsummering = useRef<HTMLDivElement>(null);
  const paagaaende = useRef<AbortController | null>(null);

  async function sendInn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const resultat = validerPeriode({ fraOgMed: parseDatoInput(fra) ?? "", tilOgMed: parseDatoInput(til) ?? "" }, iDag, { t, spraak });
    const nyeFeil: Feil = {};
    if (!resultat.ok) for (const f of resultat.feil) nyeFeil[f.felt] ??= f.melding;
    if (ark.length === 0) nyeFeil.ark = t("feil.ingenArk");
    setFeil(nyeFeil);
    if (!resultat.ok || nyeFeil.ark) {
      requestAnimationFrame(() => oppsummering.current?.focus());
      return;
    }
    paagaaende.current?.abort();
    const kontroll = new AbortController();
    paagaaende.current = kontroll;
    setStatus({ type: "laster", bytes: 0 });
    const filnavn = t("fil.filnavn", { orgnr, fraOgMed: resultat.periode.fraOgMed, tilOgMed: resultat.periode.tilOgMed });
    const svar = await lastNedKontoutskrift(kontoutskriftUrl(orgnr, resultat.periode, ark), filnavn, kontroll.signal, (bytes) => {
      if (paagaaende.current === kontroll) setStatus({ type: "laster", bytes });
    });
    if (paagaaende.current !== kontroll) return; // a newer attempt took over
    paagaaende.current = null;
    if (svar.ok) setStatus({ type: "ferdig", filnavn: svar.filnavn });
    else if (svar.status !== "avbrutt") setStatus({ type: "feil", status: svar.status, svar: svar.svar });
  }

  const feilListe = (["fraOgMed", "tilOgMed", "ark"] as const).filter((k) => feil[k]);
  return (
    <form method="get" action={`/api/part/${orgnr}/kontoutskrift`} onSubmit={sendInn} noValidate style={{ maxWidth: "40rem" }}>
      <VStack gap="space-32">
        {feilListe.length > 0 ? (
          <ErrorSummary ref={oppsummering} heading={t("feil.oppsummering")}>
            {feilListe.map((k) => (
              <ErrorSummary.Item key={k} href={`#kontoutskrift-${k}`}>
                {feil[k]}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary>
        ) : null}
        <PeriodeVelger
          iDag={iDag}
          valg={valg}
          fra={fra}
          til={til}
          feil={feil}
          onValg={(v, periode) => {
            setValg(v);
            if (periode) {
              setFra(tilSkjemaDato(periode.fraOgMed));
              setTil(tilSkjemaDato(periode.tilOgMed));
              setFeil((f) => ({ ...f, fraOgMed: undefined, tilOgMed: undefined }));
            }
          }}
          onFra={(v) => (setFra(v), setValg("egen"))}
          onTil={(v) => (setTil(v), setValg("egen"))}
        />
        <ArkVelger valgt={ark} onChange={setArk} feil={feil.ark} />
        <div>
          <Button type="submit" variant="primary" icon={status.type === "laster" ? <Loader size="small" variant="inverted" transparent aria-hidden title="" /> : undefined}>
            {status.type === "laster"
              ? status.bytes > 0
                ? t("skjema.lagerMedStoerrelse", { mb: formatMb(status.bytes, spraak) })
                : t("skjema.lager")
              : t("skjema.lastNed")}
          </Button>
          <NedlastingStatus status={status} />
        </div>
      </VStack>
    </form>
  );
}

function formatMb(bytes: number, spraak: Spraak): string {
  return formatTall(bytes / (1024 * 1024), spraak, 1);
}
