import Link from "next/link";
import { Tag } from "@navikt/ds-react";
import type { Party } from "@/lib/auth/types";
import { formatOrgnr } from "@/lib/format";
import { innlogging } from "@/lib/tekster/innlogging";
import styles from "./PartyPicker.module.css";

/** One party in the picker: name, organisasjonsnummer (3 3 3) and organisation form. */
export function PartyLink({ party }: { party: Party }) {
  const form = party.unitType ? (innlogging.organisasjonsformer[party.unitType] ?? party.unitType) : null;
  return (
    // No prefetch: a list of hundreds must not load hundreds of party pages.
    <Link href={`/${party.orgnr}`} className={styles.card} prefetch={false}>
      <span className={styles.name}>{party.name}</span>
      <span className={styles.meta}>
        <span className="tabular">
          {innlogging.orgnr} {formatOrgnr(party.orgnr)}
        </span>
        {form ? <span>{form}</span> : null}
        {party.isDeleted ? (
          <Tag size="small" variant="neutral">
            {innlogging.velg.slettet}
          </Tag>
        ) : null}
      </span>
    </Link>
  );
}
