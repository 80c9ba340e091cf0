"use client";

import { Alert, BodyLong, Heading } from "@navikt/ds-react";
import dynamic from "next/dynamic";
import type { UbetaltKravRad } from "@/lib/krav-visning/visninger";
import { dekningerForKrav } from "@/lib/krav-visning/betalte";
import { useTranslations } from "next-intl";
import { Dekninger } from "../Dekninger";
import styles from "../oversikt.module.css";
import { Betalingsinformasjon } from "./Betalingsinformasjon";
import { Forfallstabell } from "./Forfallstabell";
import { ListeSkjelett } from "../ListeSkjelett";
import { KravInfo } from "../KravInfo";
import { ForskuddsskattTekst } from "./ForskuddsskattTekst";

// The interest estimate carries the date picker: load it only when an overdue claim is opened.
const Renteestimat = dynamic(() => import("./Renteestimat").then((m) => m.Renteestimat), { loading: () => <ListeSkjelett rader={2} /> });

function erForskuddsskatt(kravtype: string, beskrivelse: string): boolean {
  return /forskudd/i.test(kravtype) || /forskuddsskatt/i.test(beskrivelse);
}

/** Everything about one open claim: due dates, what was used on it, postponement, how to pay, interest. */
export function Kravdetaljer({ rad, iDag, skjermet }: { rad: UbetaltKravRad; iDag: string; skjermet: boolean }) {
  const t = useTranslations("oversikt.detaljer");
  const { krav } = rad;
  const utsatt = krav.forfall.some((f) => f.utsattIverksettelse);
  return (
    <div className={styles.detaljer} data-testid="kravdetaljer">
      <Heading level="3" size="small">
        {t("overskrift", { beskrivelse: krav.beskrivelse })}
      </Heading>
      <KravInfo krav={krav} />
      {utsatt ? (
        <Alert variant="info" size="small" inline>
          {t("utsattForklaring")}
        </Alert>
      ) : null}
      <section aria-label={t("forfall")}>
        <Heading level="4" size="xsmall" spacing>
          {t("forfall")}
        </Heading>
        {krav.forfall.length > 1 ? <BodyLong size="small" spacing>{t("forfallFlere", { n: krav.forfall.length })}</BodyLong> : null}
        {erForskuddsskatt(krav.kravtype, krav.beskrivelse) ? <ForskuddsskattTekst antallForfall={krav.forfall.length} /> : null}
        <Forfallstabell forfall={krav.forfall} iDag={iDag} kravidentifikator={krav.kravidentifikator} />
      </section>
      <section aria-label={t("dekning")}>
        <Heading level="4" size="xsmall" spacing>
          {t("dekning")}
        </Heading>
        <Dekninger dekninger={dekningerForKrav(krav)} tom={t("ingenDekning")} etikett={t("dekning")} />
      </section>
      <Betalingsinformasjon rad={rad} skjermet={skjermet} />
      {rad.forfalt ? <Renteestimat krav={krav} iDag={iDag} /> : null}
    </div>
  );
}
