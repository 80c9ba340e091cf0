"use client";

import { DownloadIcon } from "@navikt/aksel-icons";
import { BodyLong, BodyShort, Box, Button, Checkbox, CheckboxGroup, DatePicker, ErrorSummary, Heading, TextField, useDatepicker, VStack } from "@navikt/ds-react";
import { addYears } from "date-fns";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { lesBetalingsfilSkjema, sisteUtfoerelsesdato, type SkjemaFelt } from "@/lib/betal/betalingsfil-skjema";
import type { UtelattGrunn } from "@/lib/betal/betalingsfil";
import { parseIsoDato } from "@/lib/dato";
import { useFormatering } from "@/lib/i18n/useFormatering";
import styles from "./betal.module.css";

export type UtelattVisning = { id: string; tittel: string; beloep: number; grunn: UtelattGrunn };
/** A line the user may tick in or out of the file: its transfers and their sum. */
export type ValgVisning = { noekkel: string; tittel: string; forfallsdato: string; antall: number; oere: number };
export type BetalingsfilProps = {
  action: string;
  iDag: string;
  standardDato: string;
  antall: number;
  sum: number;
  /** The lines to tick, when the selection is small enough to list; null: every line of the selection. */
  valg: ValgVisning[] | null;
  utelatt: UtelattVisning[];
};

const FELT_ID: Record<SkjemaFelt, string> = { valg: "betalingsfil-valg", fraKonto: "betalingsfil-fraKonto", betalingsdato: "betalingsfil-betalingsdato" };

/**
 * "Last ned betalingsfil": the payer's account and the execution date, posted as a plain form to
 * the route that streams the pain.001 file (the browser saves the attachment and stays on the
 * page; without JavaScript the route checks the form and answers a page with the error). With
 * JavaScript the same rules (lib/betal/betalingsfil-skjema.ts) refuse bad input here first, in
 * words at the field and in an error summary that takes the focus. Lines that cannot go in the
 * file are listed apart with the reason.
 */
export function Betalingsfil({ action, iDag, standardDato, antall, sum, valg, utelatt }: BetalingsfilProps) {
  const t = useTranslations("betalingsfil");
  const f = useFormatering();
  const [feil, setFeil] = useState<Partial<Record<SkjemaFelt, string>>>({});
  const [valgte, setValgte] = useState<string[]>(() => valg?.map((v) => v.noekkel) ?? []);
  const valgt = valg ? valg.filter((v) => valgte.includes(v.noekkel)) : null;
  const visAntall = valgt ? valgt.reduce((n, v) => n + v.antall, 0) : antall;
  const visSum = valgt ? valgt.reduce((n, v) => n + v.oere, 0) / 100 : sum;
  const oppsummering = useRef<HTMLDivElement>(null);
  // every refused submit moves the focus to the error summary, once it is on screen
  const [avvist, setAvvist] = useState(0);
  useEffect(() => {
    if (avvist > 0) oppsummering.current?.focus();
  }, [avvist]);
  const idag = parseIsoDato(iDag) ?? new Date();
  const { datepickerProps, inputProps } = useDatepicker({ fromDate: idag, toDate: addYears(idag, 1), defaultSelected: parseIsoDato(standardDato) ?? idag, disableWeekends: true });

  function sendInn(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const svar = lesBetalingsfilSkjema({ fraKonto: String(data.get("fraKonto") ?? ""), betalingsdato: String(data.get("betalingsdato") ?? ""), valgte: valg ? data.getAll("valg").map(String) : null }, iDag);
    if (svar.ok) {
      setFeil({});
      return; // the browser posts the form and saves the file
    }
    event.preventDefault();
    const nye: Partial<Record<SkjemaFelt, string>> = {};
    for (const x of svar.feil) nye[x.felt] ??= t(`feil.${x.kode}`, { idag: f.dato(iDag), siste: f.dato(sisteUtfoerelsesdato(iDag)) });
    setFeil(nye);
    setAvvist((n) => n + 1);
  }

  const feilListe = (["valg", "fraKonto", "betalingsdato"] as const).filter((k) => feil[k]);
  return (
    <Box as="section" id="betalingsfil" aria-labelledby="betalingsfil-overskrift" padding="space-24" borderRadius="8" borderWidth="1" borderColor="neutral-subtle" className={styles.seksjon} data-testid="betalingsfil">
      <Heading level="2" size="small" spacing id="betalingsfil-overskrift">
        {t("skjema.overskrift")}
      </Heading>
      <BodyLong spacing>{t("skjema.forklaring")}</BodyLong>
      {antall > 0 ? (
        <>
          <BodyShort spacing weight="semibold" data-testid="betalingsfil-antall">
            {t("skjema.antall", { antall: visAntall, sum: f.kroner(visSum) })}
          </BodyShort>
          <form method="post" action={action} onSubmit={sendInn} noValidate>
            <VStack gap="space-16">
              {feilListe.length > 0 ? (
                <ErrorSummary ref={oppsummering} heading={t("skjema.feiloppsummering")} data-testid="betalingsfil-feil">
                  {feilListe.map((k) => (
                    <ErrorSummary.Item key={k} href={`#${FELT_ID[k]}`}>
                      {feil[k]}
                    </ErrorSummary.Item>
                  ))}
                </ErrorSummary>
              ) : null}
              {valg ? (
                <>
                  <input type="hidden" name="medValg" value="1" />
                  <CheckboxGroup id={FELT_ID.valg} legend={t("skjema.valg")} description={t("skjema.valgBeskrivelse")} value={valgte} onChange={setValgte} error={feil.valg} size="small">
                    {valg.map((v) => (
                      <Checkbox key={v.noekkel} name="valg" value={v.noekkel} data-testid="betalingsfil-valg">
                        {v.tittel}, {f.kroner(v.oere / 100)}, {t("skjema.valgForfall", { dato: f.dato(v.forfallsdato) })}
                      </Checkbox>
                    ))}
                  </CheckboxGroup>
                </>
              ) : null}
              <TextField id={FELT_ID.fraKonto} name="fraKonto" label={t("skjema.fraKonto")} description={t("skjema.fraKontoBeskrivelse")} error={feil.fraKonto} inputMode="numeric" autoComplete="off" htmlSize={16} />
              <DatePicker {...datepickerProps}>
                <DatePicker.Input {...inputProps} id={FELT_ID.betalingsdato} name="betalingsdato" label={t("skjema.betalingsdato")} description={t("skjema.betalingsdatoBeskrivelse")} error={feil.betalingsdato} />
              </DatePicker>
              <div>
                <Button type="submit" variant="primary" icon={<DownloadIcon aria-hidden />} data-testid="last-ned-betalingsfil">
                  {t("skjema.knapp")}
                </Button>
              </div>
            </VStack>
          </form>
        </>
      ) : (
        <BodyLong spacing data-testid="betalingsfil-ingenting">
          {t("ingenting")}
        </BodyLong>
      )}
      {utelatt.length > 0 ? (
        <div data-testid="betalingsfil-utelatt" className={styles.seksjon}>
          <Heading level="3" size="xsmall" spacing>
            {t("utelatt.overskrift")}
          </Heading>
          <BodyShort spacing>{t("utelatt.forklaring", { antall: utelatt.length })}</BodyShort>
          <ul>
            {utelatt.map((u) => (
              <li key={u.id} data-testid="utelatt-linje">
                {u.tittel}, {f.kroner(u.beloep)}: {t(`utelatt.grunn.${u.grunn}`)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Box>
  );
}
