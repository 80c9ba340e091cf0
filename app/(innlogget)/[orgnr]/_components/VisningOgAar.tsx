"use client";

import { Radio, RadioGroup, Select } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { aarValg, type OversiktTilstand } from "@/lib/krav-visning/tilstand";
import styles from "./oversikt.module.css";

/** "Hva vil du vise?" and the year, both kept in the URL. A year the URL names but we do not offer is reported on the field. */
export function VisningOgAar<V extends string>(props: {
  iDag: string;
  tilstand: OversiktTilstand;
  visning: V;
  valg: readonly { verdi: V; tekst: string }[];
  onVisning: (v: V) => void;
  onAar: (aar: number) => void;
}) {
  const t = useTranslations("oversikt");
  const aar = aarValg(props.iDag);
  const feil = props.tilstand.aarFeil !== null ? t("aar.feil", { fra: aar.at(-1)!, til: aar[0]! }) : undefined;
  // The year just chosen, shown until the URL state has caught up with it: Next updates
  // useSearchParams a moment after each pushState, and without this a quick second arrow key
  // would start again from the year before and get lost.
  const [valgt, setValgt] = useState<number | null>(null);
  if (valgt !== null && props.tilstand.aar === valgt) setValgt(null);
  return (
    <div className={styles.verktoey}>
      <RadioGroup legend={t("betalte.hvaVilDuVise")} value={props.visning} onChange={(v: V) => props.onVisning(v)} size="small">
        <div className={styles.radiorad}>
          {props.valg.map((v) => (
            <Radio key={v.verdi} value={v.verdi}>
              {v.tekst}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <div className={styles.aar}>
        <Select
          label={t("aar.label")}
          size="small"
          value={valgt ?? props.tilstand.aar ?? ""}
          error={feil}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (!Number.isInteger(n) || n <= 0) return;
            setValgt(n);
            props.onAar(n);
          }}
        >
          {props.tilstand.aar === null ? <option value="">{props.tilstand.aarFeil}</option> : null}
          {aar.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}
