"use client";

import { BodyShort, Box, CopyButton, Heading } from "@navikt/ds-react";
import type { ReactNode } from "react";
import { Beloep } from "@/components/Beloep";
import { KontaktSkatteetaten } from "@/components/KontaktSkatteetaten";
import { useTranslations } from "next-intl";
import { formatIban, formatKontonummer } from "@/lib/format";
import { useFormatering } from "@/lib/i18n/useFormatering";
import type { UbetaltKravRad } from "@/lib/krav-visning/visninger";
import styles from "../oversikt.module.css";

function Linje({ navn, children, kopier }: { navn: string; children: ReactNode; kopier?: string | null }) {
  const t = useTranslations("oversikt.betaling");
  return (
    <>
      <dt>{navn}</dt>
      <dd>
        <span className="tabular">{children}</span>
        {kopier ? <CopyButton size="xsmall" copyText={kopier} title={t("kopier", { hva: navn })} activeText={t("kopiert")} /> : null}
      </dd>
    </>
  );
}

/** An amount as a bank's form takes it: no thousands separators ("448600,00"; "448600.00" in English). */
function tilKopiering(beloep: string): string {
  return beloep.replace(/[\s\u00a0,](?=\d{3}(\D|$))/g, "");
}

/** How to pay the claim from a Norwegian bank or from abroad, each value with a copy button. */
export function Betalingsinformasjon({ rad, skjermet }: { rad: UbetaltKravRad; skjermet: boolean }) {
  const t = useTranslations("oversikt");
  const f = useFormatering();
  const forfall = rad.gjeldendeForfall;
  const info = forfall?.betalingsinformasjon ?? null;
  const harInfo = Boolean(info && (info.kontonummer || info.kid || info.iban));
  const forfallsnavn =
    rad.antallForfall > 1
      ? `${t("betaling.forfallsdato")} (${t("ubetalte.forfallsdatoAv", { n: rad.forfallNummer, av: rad.antallForfall })})`
      : t("betaling.forfallsdato");
  return (
    <Box as="section" aria-label={t("betaling.overskrift")} padding="space-16" background="success-soft" borderRadius="8" data-testid="betalingsinformasjon">
      <Heading level="4" size="xsmall" spacing>
        {t("betaling.overskrift")}
      </Heading>
      <dl className={styles.betalingsinfo}>
        <Linje navn={t("betaling.aaBetale")} kopier={tilKopiering(f.beloep(rad.krav.gjenstaaendeBeloep))}>
          <Beloep verdi={rad.krav.gjenstaaendeBeloep} />
        </Linje>
        {info?.kontonummer ? <Linje navn={t("betaling.kontonummer")} kopier={info.kontonummer}>{formatKontonummer(info.kontonummer)}</Linje> : null}
        {info?.kid ? <Linje navn={t("betaling.kid")} kopier={info.kid}>{info.kid}</Linje> : null}
        {forfall ? <Linje navn={forfallsnavn}>{f.dato(forfall.forfallsdato)}</Linje> : null}
      </dl>
      {info?.iban || info?.swiftBIC ? (
        <>
          <Heading level="5" size="xsmall" spacing style={{ marginTop: "1rem" }}>
            {t("betaling.utland")}
          </Heading>
          <dl className={styles.betalingsinfo}>
            {info.iban ? <Linje navn={t("betaling.iban")} kopier={info.iban.replace(/\s/g, "")}>{formatIban(info.iban)}</Linje> : null}
            {info.swiftBIC ? <Linje navn={t("betaling.swift")} kopier={info.swiftBIC}>{info.swiftBIC}</Linje> : null}
            {info.bankinformasjon ? <Linje navn={t("betaling.bank")}>{info.bankinformasjon}</Linje> : null}
          </dl>
        </>
      ) : null}
      {!harInfo ? <BodyShort size="small" spacing>{skjermet ? t("skjermet.tekst") : t("betaling.mangler")}</BodyShort> : null}
      {!harInfo ? <KontaktSkatteetaten size="small" /> : null}
      <BodyShort size="small" style={{ marginTop: "0.75rem" }}>
        {t("betaling.merknad")}
      </BodyShort>
    </Box>
  );
}
