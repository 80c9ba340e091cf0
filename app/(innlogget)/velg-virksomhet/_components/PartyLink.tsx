import Link from "next/link";
import { Tag } from "@navikt/ds-react";
import type { Party } from "@/lib/auth/types";
import type { Meldinger } from "@/lib/tekster";
import { formatOrgnr } from "@/lib/format";
import { useTranslations } from "next-intl";
import styles from "./PartyPicker.module.css";

type Organisasjonsform = keyof Meldinger["innlogging"]["organisasjonsformer"];

/** One party in the picker: name, organisasjonsnummer (3 3 3) and organisation form. */
export function PartyLink({ party }: { party: Party }) {
  const t = useTranslations("innlogging");
  const kode = party.unitType;
  // A form we have no name for (a new one in Enhetsregisteret) shows as its code.
  const navngitt = `organisasjonsformer.${kode as Organisasjonsform}` as const;
  const form = kode ? (t.has(navngitt) ? t(navngitt) : kode) : null;
  return (
    // No prefetch: a list of hundreds must not load hundreds of party pages.
    <Link href={`/${party.orgnr}`} className={styles.card} prefetch={false}>
      <span className={styles.name}>{party.name}</span>
      <span className={styles.meta}>
        <span className="tabular">
          {t("orgnr")} {formatOrgnr(party.orgnr)}
        </span>
        {form ? <span>{form}</span> : null}
        {party.isDeleted ? (
          <Tag size="small" variant="neutral">
            {t("velg.slettet")}
          </Tag>
        ) : null}
      </span>
    </Link>
  );
}
