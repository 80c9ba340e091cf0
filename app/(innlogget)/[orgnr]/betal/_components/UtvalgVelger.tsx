"use client";

import { Button, Checkbox, Radio, RadioGroup, TextField, VStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { parseDatoInput } from "@/lib/kontoutskrift/periode";
import { useFormatering } from "@/lib/i18n/useFormatering";
import styles from "./betal.module.css";

export type UtvalgVelgerProps = { orgnr: string; type: "forfalte" | "innen"; tilOgMed: string; medUtsatte: boolean; harUtsatte: boolean };

/**
 * Which claims the page (and its PDF and payment file) covers: all overdue, or everything due
 * up to a date, and whether appealed claims (collection postponed) are in. A plain GET form to
 * the page itself, so it works without JavaScript; with it, a bad date is refused in words first.
 */
export function UtvalgVelger({ orgnr, type, tilOgMed, medUtsatte, harUtsatte }: UtvalgVelgerProps) {
  const t = useTranslations("betalingsfil.utvalg");
  const f = useFormatering();
  const [valgt, setValgt] = useState(type);
  const [feil, setFeil] = useState<string | undefined>();

  function sendInn(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    if (data.get("utvalg") === "innen" && !parseDatoInput(String(data.get("tilOgMed") ?? ""))) {
      event.preventDefault();
      setFeil(t("ugyldigDato"));
    }
  }

  return (
    <section aria-label={t("overskrift")} className={styles.utvalg} data-testid="betal-utvalg">
      <form method="get" action={`/${orgnr}/betal`} onSubmit={sendInn} noValidate>
        <VStack gap="space-12">
          <RadioGroup legend={t("overskrift")} name="utvalg" value={valgt} onChange={(v: "forfalte" | "innen") => setValgt(v)} size="small">
            <Radio value="forfalte">{t("forfalte")}</Radio>
            <Radio value="innen">{t("innen")}</Radio>
          </RadioGroup>
          {/* always there (also without JavaScript); only read when "up to a date" is chosen */}
          <TextField name="tilOgMed" label={t("tilOgMed")} description={t("tilOgMedBeskrivelse")} defaultValue={f.dato(tilOgMed)} error={valgt === "innen" ? feil : undefined} size="small" htmlSize={12} autoComplete="off" />
          {harUtsatte || medUtsatte ? (
            <Checkbox name="medUtsatte" value="1" defaultChecked={medUtsatte} description={t("medUtsatteBeskrivelse")} size="small">
              {t("medUtsatte")}
            </Checkbox>
          ) : null}
          <div>
            <Button type="submit" size="small" variant="secondary" data-testid="vis-utvalg">
              {t("knapp")}
            </Button>
          </div>
        </VStack>
      </form>
    </section>
  );
}
