"use client";

import { Heading } from "@navikt/ds-react";
import { Beloep } from "@/components/Beloep";
import { formatDato } from "@/lib/dato";
import type { BetaltKolonne } from "@/lib/krav-visning/betalte";
import type { Endring, OversiktTilstand } from "@/lib/krav-visning/tilstand";
import type { BetaltKravRad } from "@/lib/krav-visning/visninger";
import { oversikt } from "@/lib/tekster/oversikt";
import { Dekninger } from "../Dekninger";
import { Listevisning } from "../Listevisning";
import { SorterbarTabell, type Kolonne } from "../SorterbarTabell";
import { Forfallstabell } from "../ubetalte/Forfallstabell";
import { useListe } from "../useListe";
import styles from "../oversikt.module.css";

const t = oversikt;

const KOLONNER: Kolonne<BetaltKravRad, BetaltKolonne>[] = [
  { key: "forfallsdato", tittel: t.tabell.forfallsdato, sorterbar: true, celle: (r) => (r.forfallsdato ? formatDato(r.forfallsdato) : "") },
  { key: "beskrivelse", tittel: t.tabell.beskrivelse, sorterbar: true, celle: (r) => r.krav.beskrivelse },
  { key: "periode", tittel: t.tabell.periode, sorterbar: true, celle: (r) => r.krav.periode ?? "" },
  { key: "opprinneligBeloep", tittel: t.tabell.opprinneligBeloep, sorterbar: true, hoeyre: true, celle: (r) => <Beloep verdi={r.krav.opprinneligBeloep} /> },
  { key: "restbeloep", tittel: t.tabell.restbeloep, hoeyre: true, celle: (r) => <Beloep verdi={r.krav.gjenstaaendeBeloep} /> },
];

function Detaljer({ rad, iDag }: { rad: BetaltKravRad; iDag: string }) {
  return (
    <div className={styles.detaljer} data-testid="betalt-krav-detaljer">
      <Heading level="3" size="small">
        {t.detaljer.overskrift(rad.krav.beskrivelse)}
      </Heading>
      <Forfallstabell forfall={rad.krav.forfall} iDag={iDag} />
      <section aria-label={t.betalte.dekning}>
        <Heading level="4" size="xsmall" spacing>
          {t.betalte.dekning}
        </Heading>
        <Dekninger dekninger={rad.dekninger} tom={t.detaljer.ingenDekning} etikett={t.betalte.dekning} />
      </section>
    </div>
  );
}

export function BetalteKravListe(props: { orgnr: string; iDag: string; aar: number; tilstand: OversiktTilstand; endre: (e: Endring) => void }) {
  const query = useListe(props.orgnr, "krav", props.tilstand);
  return (
    <Listevisning
      query={query}
      navn="betalte krav"
      feilHva={`${t.feil.hva.krav} for ${props.aar}`}
      tom={t.betalte.kravTom(props.aar)}
      onSide={(side) => props.endre({ side })}
    >
      {(data) => (
        <SorterbarTabell
          etikett={t.betalte.overskrift}
          testid="betalt-krav"
          kolonner={KOLONNER}
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
