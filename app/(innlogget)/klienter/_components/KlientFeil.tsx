"use client";

import { CopyButton } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import type { FeilInfo } from "@/lib/krav-visning/feil";
import { kortReferanse } from "@/lib/klientoversikt/referanse";
import styles from "./klienter.module.css";

/** A failed row in plain words, and a short reference whose copy button copies the whole korrelasjonsid (what support asks for). */
export function KlientFeil({ feil }: { feil: FeilInfo }) {
  const t = useTranslations("klienter.feil");
  const r = useTranslations("regnskap.klient.feil");
  const tekst =
    feil.type === "timeout"
      ? t("tidsavbrudd")
      : feil.type === "tilgang"
        ? r("tilgang")
        : feil.type === "innlogging"
          ? r("innlogging")
          : feil.type === "schema"
            ? r("ulesbart")
            : feil.kanProevesIgjen
              ? r("midlertidig")
              : t("kort");
  return (
    <>
      <span data-testid="klient-feiltekst">{tekst}</span>
      {feil.korrelasjonsid ? (
        <span className={styles.referanse}>
          {t("referanse")} <span data-testid="referanse">{kortReferanse(feil.korrelasjonsid)}</span>
          <CopyButton size="xsmall" copyText={feil.korrelasjonsid} title={r("kopier")} data-testid="kopier-referanse" />
        </span>
      ) : null}
    </>
  );
}
