"use client";

import { DownloadIcon } from "@navikt/aksel-icons";
import { BodyLong, BodyShort, Box, Button, ErrorSummary, Heading, HStack, TextField, VStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { lesBetalingsfilSkjema } from "@/lib/betal/betalingsfil-skjema";
import type { UtelattGrunn } from "@/lib/betal/betalingsfil";
import { useFormatering } from "@/lib/i18n/useFormatering";
import styles from "./betal.module.css";

export type UtelattVisning = { id: string; tittel: string; beloep: number; grunn: UtelattGrunn };
type Felt = "fraKonto" | "betalingsdato";

/**
 * "Last ned betalingsfil": the payer's account and the execution date, posted to the route
 * that streams the pain.001 file. Without JavaScript the browser posts the form as it is and
 * the route checks it; with it, the same rules (lib/betal/betalingsfil-skjema.ts) refuse bad
 * input here first, with an error summary linking to the field. Lines that cannot go in the
 * file (no KID or account) are listed with the reason.
 */
export function Betalingsfil(props: { action: string; iDag: string; standardDato: string; antall: number; sum: number; utelatt: UtelattVisning[] }) {
  const t = useTranslations("betalingsfil");
  const f = useFormatering();
  const [feil, setFeil] = useState<Partial<Record<Felt, string>>>({});
  const oppsummering = useRef<HTMLDivElement>(null);

  function sendInn(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const svar = lesBetalingsfilSkjema({ fraKonto: data.get("fraKonto")?.toString(), betalingsdato: data.get("betalingsdato")?.toString() }, props.iDag);
    if (svar.ok) {
      setFeil({});
      return; // the browser posts the form and saves the file
    }
    event.preventDefault();
    const nye: Partial<Record<Felt, string>> = {};
    for (const x of svar.feil) nye[x.felt] ??= t(`feil.${x.kode}`);
    setFeil(nye);
    requestAnimationFrame(() => oppsummering.current?.focus());
  }

  const feilListe = (["fraKonto", "betalingsdato"] as const).filter((k) => feil[k]);
  return (
    <Box as="section" id="betalingsfil" aria-labelledby="betalingsfil-overskrift" padding="space-24" borderRadius="8" borderWidth="1" borderColor="neutral-subtle" className={styles.seksjon} data-testid="betalingsfil">
      <Heading level="2" size="small" spacing id="betalingsfil-overskrift">
        {t("skjema.overskrift")}
      </Heading>
      <BodyLong spacing>{t("skjema.forklaring")}</BodyLong>
      {props.antall > 0 ? (
        <>
          <BodyShort spacing weight="semibold" data-testid="betalingsfil-antall">
            {t("skjema.antall", { antall: props.antall, sum: f.kroner(props.sum) })}
          </BodyShort>
          <form method="post" action={props.action} onSubmit={sendInn} noValidate>
            <VStack gap="space-16">
              {feilListe.length > 0 ? (
                <ErrorSummary ref={oppsummering} heading={t("skjema.feiloppsummering")}>
                  {feilListe.map((k) => (
                    <ErrorSummary.Item key={k} href={`#betalingsfil-${k}`}>
                      {feil[k]}
                    </ErrorSummary.Item>
                  ))}
                </ErrorSummary>
              ) : null}
              <HStack gap="space-16" wrap>
                <TextField id="betalingsfil-fraKonto" name="fraKonto" label={t("skjema.fraKonto")} description={t("skjema.fraKontoBeskrivelse")} error={feil.fraKonto} inputMode="numeric" autoComplete="off" htmlSize={16} />
                <TextField id="betalingsfil-betalingsdato" name="betalingsdato" label={t("skjema.betalingsdato")} description={t("skjema.betalingsdatoBeskrivelse")} error={feil.betalingsdato} defaultValue={f.dato(props.standardDato)} autoComplete="off" htmlSize={12} />
              </HStack>
              <div>
                <Button type="submit" variant="primary" icon={<DownloadIcon aria-hidden />} data-testid="last-ned-betalingsfil">
                  {t("skjema.knapp")}
                </Button>
              </div>
            </VStack>
          </form>
        </>
      ) : (
        <BodyLong spacing data-testid="betalingsfil-ingenting">{t("ingenting")}</BodyLong>
      )}
      {props.utelatt.length > 0 ? (
        <div data-testid="betalingsfil-utelatt" style={{ marginTop: "1.5rem" }}>
          <Heading level="3" size="xsmall" spacing>
            {t("utelatt.overskrift")}
          </Heading>
          <BodyShort spacing>{t("utelatt.forklaring", { antall: props.utelatt.length })}</BodyShort>
          <ul>
            {props.utelatt.map((u) => (
              <li key={u.id} data-testid="utelatt-linje">
                <BodyShort>
                  {u.tittel}, {f.kroner(u.beloep)}: {t(`utelatt.grunn.${u.grunn}`)}
                </BodyShort>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Box>
  );
}
