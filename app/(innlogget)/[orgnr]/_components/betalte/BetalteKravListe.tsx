"use client";

import { Heading } from "@navikt/ds-react";
import { Beloep } from "@/components/Beloep";
import type { BetaltKolonne } from "@/lib/krav-visning/betalte";
import type { Endring, OversiktTilstand } from "@/lib/krav-visning/tilstand";
import type { BetaltKravRad } from "@/lib/krav-visning/visninger";
import { useTranslations } from "next-intl";
import type { Formatering } from "@/lib/i18n/formatering";
import { useFormatering } from "@/lib/i18n/useFormatering";
import { Dekninger } from "../Dekninger";
import { KravInfo } from "../KravInfo";
import { Listevisning } from "../Listevisning";
import { SorterbarTabell, type Kolonne } from "../SorterbarTabell";
import { Forfallstabell } from "../ubetalte/Forfallstabell";
import { useListe } from "../useListe";
import styles from "../oversikt.module.css";

function kolonner(t: ReturnType<typeof useTranslations<"oversikt.tabell">>, f: Formatering): Kolonne<BetaltKravRad, BetaltKolonne>[] {
  return [
    { key: "forfallsdato", tittel: t("forfallsdato"), sorterbar: true, celle: (r) => (r.forfallsdato ? f.dato(r.forfallsdato) : "") },
    { key: "beskrivelse", tittel: t("beskrivelse"), sorterbar: true, kortTittel: true, celle: (r) => r.krav.beskrivelse },
    { key: "periode", tittel: t("periode"), sorterbar: true, celle: (r) => r.krav.periode ?? "" },
    { key: "opprinneligBeloep", tittel: t("opprinneligBeloep"), sorterbar: true, hoeyre: true, celle: (r) => <Beloep verdi={r.krav.opprinneligBeloep} /> },
    { key: "restbeloep", tittel: t("restbeloep"), hoeyre: true, celle: (r) => <Beloep verdi={r.krav.gjenstaaendeBeloep} /> },
  ];
}

function Detaljer({ rad, iDag }: { rad: BetaltKravRad; iDag: string }) {
  const t = useTranslations("oversikt");
  return (
    <div className={styles.detaljer} data-testid="betalt-krav-detaljer">
      <Heading level="3" size="small">
        {t("detaljer.overskrift", { beskrivelse: rad.krav.beskrivelse })}
      </Heading>
      <KravInfo krav={rad.krav} />
      <Forfallstabell forfall={rad.krav.forfall} iDag={iDag} />
      <section aria-label={t("betalte.dekning")}>
        <Heading level="4" size="xsmall" spacing>
          {t("betalte.dekning")}
        </Heading>
        <Dekninger dekninger={rad.dekninger} tom={t("detaljer.ingenDekning")} etikett={t("betalte.dekning")} />
      </section>
    </div>
  );
}

export function BetalteKravListe(props: { orgnr: string; iDag: string; aar: number; tilstand: OversiktTilstand; endre: (e: Endring) => void }) {
  const t = useTranslations("oversikt");
  const tabell = useTranslations("oversikt.tabell");
  const f = useFormatering();
  const query = useListe(props.orgnr, "krav", props.tilstand);
  return (
    <Listevisning
      query={query}
      navn="betalte krav"
      etikett={t("betalte.overskrift")}
      feilHva={t("feil.hva.krav", { aar: props.aar })}
      tom={t("betalte.kravTom", { aar: props.aar })}
      forkastetHva="krav"
      onSide={(side) => props.endre({ side })}
    >
      {(data) => (
        <SorterbarTabell
          etikett={t("betalte.overskrift")}
          testid="betalt-krav"
          kolonner={kolonner(tabell, f)}
          rader={data.rader}
          radId={(r) => r.krav.kravidentifikator}
          sortering={data.sortering}
          onSort={(sortering) => props.endre({ sortering })}
          detaljer={(rad) => <Detaljer rad={rad} iDag={props.iDag} />}
        />
      )}
    </Listevisning>
  );
}
