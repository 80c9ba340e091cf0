"use client";

import { Alert, BodyLong, BodyShort, CopyButton, HStack, Heading } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import type { FeilSvar } from "@/lib/kontoutskrift/handler";

export type Status =
  | { type: "klar" }
  | { type: "laster"; bytes: number }
  | { type: "ferdig"; filnavn: string }
  | { type: "feil"; status: number; svar: FeilSvar | null };

/** The route's own message (in the request's language, the page's) when it gave one. */
function forklaring(t: ReturnType<typeof useTranslations<"kontoutskrift">>, status: number, svar: FeilSvar | null): string {
  if (status === 401) return t("feil.ikkeInnlogget");
  if (status === 403) return t("feil.ingenTilgang");
  if (status === 0) return t("feil.nettverk");
  if (svar?.melding) return svar.melding;
  return t("feil.midlertidig");
}

/**
 * What happened to the download: announced politely to screen readers (start and end only, not
 * every megabyte), and a failure as the screens show it: not your fault, what to do, the reference.
 */
export function NedlastingStatus({ status }: { status: Status }) {
  const t = useTranslations("kontoutskrift");
  const kunngjoering = status.type === "laster" ? t("skjema.lager") : status.type === "ferdig" ? t("skjema.ferdig", { filnavn: status.filnavn }) : "";
  return (
    <>
      <BodyShort role="status" aria-live="polite" style={{ marginTop: "0.75rem" }}>
        {status.type === "laster" ? t("skjema.lagerHjelp") : kunngjoering}
      </BodyShort>
      {status.type === "feil" ? (
        <Alert variant="error" role="alert" style={{ marginTop: "1rem" }}>
          <Heading level="2" size="small" spacing>
            {status.status === 400 ? t("feil.ugyldigForespoersel") : t("feil.tittel")}
          </Heading>
          <BodyLong spacing>
            {status.status >= 500 || status.status === 404 ? `${t("feil.ikkeDinFeil")} ` : ""}
            {forklaring(t, status.status, status.svar)}
          </BodyLong>
          {status.svar?.feil.korrelasjonsid ? (
            <>
              <BodyShort>{t("feil.referanse")}</BodyShort>
              <HStack gap="space-8" align="center" wrap={false}>
                <code data-testid="korrelasjonsid">{status.svar.feil.korrelasjonsid}</code>
                <CopyButton size="small" copyText={status.svar.feil.korrelasjonsid} title={t("feil.kopierReferanse")} activeText={t("feil.kopiert")} />
              </HStack>
            </>
          ) : null}
        </Alert>
      ) : null}
    </>
  );
}
