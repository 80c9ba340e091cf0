"use client";

import { Alert, BodyLong, BodyShort, Button, CopyButton, HStack, Heading } from "@navikt/ds-react";
import type { FeilInfo } from "@/lib/krav-visning/feil";
import { useTranslations } from "next-intl";
import { TregtSvar } from "./TregtSvar";

function forklaring(feil: FeilInfo): "innlogging" | "tilgang" | "tidsavbrudd" | "midlertidig" | "vedvarende" {
  if (feil.type === "innlogging") return "innlogging";
  if (feil.type === "tilgang") return "tilgang";
  if (feil.type === "timeout") return "tidsavbrudd";
  return feil.kanProevesIgjen ? "midlertidig" : "vedvarende";
}

/**
 * An upstream failure as the user should meet it: what failed, that it is not their fault,
 * the korrelasjonsid to quote to support, and a retry button. Never a stack trace.
 */
export function Feilmelding(props: {
  feil: FeilInfo;
  /** What we failed to fetch, in the page's language (oversikt.feil.hva), e.g. "kravene til virksomheten". */
  hva: string;
  headingLevel?: "2" | "3";
  onProevIgjen?: () => void;
  proever?: boolean;
}) {
  const t = useTranslations("oversikt.feil");
  const betaling = useTranslations("oversikt.betaling");
  const oppstroems = useTranslations("oppstroems");
  const { feil } = props;
  return (
    <Alert variant="error" role="alert">
      <Heading level={props.headingLevel ?? "2"} size="small" spacing>
        {t("overskrift", { hva: props.hva })}
      </Heading>
      <BodyLong spacing>
        {t("ikkeDinFeil")} {feil.kode === "SVARER_IKKE" ? oppstroems("svarerIkke") : t(forklaring(feil))}
      </BodyLong>
      {feil.korrelasjonsid ? (
        <>
          <BodyShort>{t("referanse")}</BodyShort>
          <HStack gap="space-8" align="center">
            <code data-testid="korrelasjonsid" style={{ overflowWrap: "anywhere" }}>
              {feil.korrelasjonsid}
            </code>
            <CopyButton size="small" copyText={feil.korrelasjonsid} title={t("kopierReferanse")} activeText={betaling("kopiert")} />
          </HStack>
        </>
      ) : null}
      {props.onProevIgjen && feil.type !== "tilgang" ? (
        <Button size="small" variant="secondary" onClick={props.onProevIgjen} loading={props.proever} style={{ marginTop: "1rem" }}>
          {t("proevIgjen")}
        </Button>
      ) : null}
      {props.proever ? <TregtSvar /> : null}
    </Alert>
  );
}
