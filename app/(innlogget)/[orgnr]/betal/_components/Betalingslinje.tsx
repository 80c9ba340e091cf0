"use client";

import { KontaktSkatteetaten } from "@/components/KontaktSkatteetaten";
import { BodyShort, Box, CopyButton, Heading } from "@navikt/ds-react";
import type { ReactNode } from "react";
import type { Betalingslinje as Linje } from "@/lib/betal/utvalg";
import { useTranslations } from "next-intl";
import { formatKontonummer } from "@/lib/format";
import type { Spraak } from "@/lib/i18n/spraak";
import { useFormatering } from "@/lib/i18n/useFormatering";
import styles from "./betal.module.css";

function Rad({ navn, children, kopier, testid }: { navn: string; children: ReactNode; kopier?: string | null; testid: string }) {
  const t = useTranslations("betal.linje");
  return (
    <>
      <dt>{navn}</dt>
      <dd>
        <span className="tabular" data-testid={testid}>
          {children}
        </span>
        {kopier ? <CopyButton size="xsmall" copyText={kopier} title={t("kopier", { hva: navn })} activeText={t("kopiert")} /> : null}
      </dd>
    </>
  );
}

/** The amount as a bank's amount field takes it: no grouping ("448600,00"; in English "448600.00"). */
const tilBank = (beloep: string, spraak: Spraak) => beloep.replace(spraak === "en" ? /[\s,]/g : /\s/g, "");

/** One payment: the claim's amount, account, KID and due date, each with a copy button. */
export function Betalingslinje({ linje }: { linje: Linje }) {
  const t = useTranslations("betal.linje");
  const f = useFormatering();
  const harInfo = Boolean(linje.kontonummer || linje.kid);
  const tittel = linje.periode ? `${linje.beskrivelse} ${linje.periode}` : linje.beskrivelse;
  return (
    <Box as="section" aria-label={tittel} padding="space-24" background="success-soft" borderRadius="8" data-testid="betalingslinje">
      <Heading level="2" size="small" spacing>
        {tittel}
      </Heading>
      <dl className={styles.info}>
        <Rad navn={t("beloep")} kopier={tilBank(f.beloep(linje.beloep), f.spraak)} testid="linje-beloep">
          {f.kroner(linje.beloep)}
        </Rad>
        {linje.kontonummer ? <Rad navn={t("kontonummer")} kopier={linje.kontonummer} testid="linje-kontonummer">{formatKontonummer(linje.kontonummer)}</Rad> : null}
        {linje.kid ? <Rad navn={t("kid")} kopier={linje.kid} testid="linje-kid">{linje.kid}</Rad> : null}
        <Rad navn={t("forfallsdato")} kopier={f.dato(linje.forfallsdato)} testid="linje-forfallsdato">
          {f.dato(linje.forfallsdato)}
        </Rad>
      </dl>
      {!harInfo ? <BodyShort size="small" style={{ marginTop: "0.75rem" }}>{t("mangler")}</BodyShort> : null}
      {!harInfo ? <KontaktSkatteetaten size="small" /> : null}
    </Box>
  );
}
