"use client";

import { BodyShort, Button, HStack, Link, TextField } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useFormatering } from "@/lib/i18n/useFormatering";
import styles from "./betal.module.css";

/** Which claims the page (and its PDF and payment file) covers: all overdue, or everything due up to a date. A plain GET form, so it works without JavaScript. */
export function UtvalgVelger({ orgnr, tilOgMed }: { orgnr: string; tilOgMed: string }) {
  const t = useTranslations("betalingsfil.innen");
  const f = useFormatering();
  return (
    <section aria-label={t("overskrift")} className={styles.seksjon} style={{ marginTop: 0, marginBottom: "1.5rem" }} data-testid="betal-utvalg">
      <BodyShort spacing>
        <Link href={`/${orgnr}/betal?utvalg=forfalte`}>{t("forfalte")}</Link>
      </BodyShort>
      <form method="get" action={`/${orgnr}/betal`}>
        <input type="hidden" name="utvalg" value="innen" />
        <HStack gap="space-8" align="end" wrap>
          <TextField name="tilOgMed" label={t("tilOgMed")} defaultValue={f.dato(tilOgMed)} size="small" htmlSize={12} autoComplete="off" />
          <Button type="submit" size="small" variant="secondary">
            {t("knapp")}
          </Button>
        </HStack>
      </form>
    </section>
  );
}
