"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { BodyShort, Heading, Search } from "@navikt/ds-react";
import type { Party } from "@/lib/auth/types";
import { useTranslations } from "next-intl";
import { PartyLink } from "./PartyLink";
import { countParties, filterGroups, groupParties, type PartyGroup } from "./party-list";
import styles from "./PartyPicker.module.css";

/** "Hvem vil du representere?": search by name or number; sub-units under their main unit; deleted apart. */
export function PartyPicker({ parties }: { parties: Party[] }) {
  const t = useTranslations("innlogging.velg");
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const { active, deleted } = useMemo(() => groupParties(parties), [parties]);
  const shown = useMemo(() => ({ active: filterGroups(active, deferred), deleted: filterGroups(deleted, deferred) }), [active, deleted, deferred]);
  const total = parties.length;
  const visible = countParties(shown.active) + countParties(shown.deleted);

  return (
    <>
      <div className={styles.search}>
        <Search label={t("sok")} description={t("sokBeskrivelse")} hideLabel={false} variant="simple" value={query} onChange={setQuery} onClear={() => setQuery("")} autoComplete="off" />
      </div>
      <BodyShort className={styles.count} role="status">
        {visible === 0 ? t("ingenTreff", { sok: deferred.trim() }) : visible === total ? t("antallAlle", { totalt: total }) : t("antall", { vist: visible, totalt: total })}
      </BodyShort>
      {shown.active.length > 0 ? <GroupList groups={shown.active} label={t("virksomheter")} /> : null}
      {shown.deleted.length > 0 ? (
        <section className={styles.deleted} aria-labelledby="slettede-virksomheter">
          <Heading level="2" size="small" spacing id="slettede-virksomheter">
            {t("slettede")}
          </Heading>
          <BodyShort spacing>{t("slettedeForklaring")}</BodyShort>
          <GroupList groups={shown.deleted} label={t("slettede")} />
        </section>
      ) : null}
    </>
  );
}

function GroupList({ groups, label }: { groups: PartyGroup[]; label: string }) {
  const t = useTranslations("innlogging.velg");
  return (
    <ul className={styles.list} aria-label={label}>
      {groups.map((g) => (
        <li key={g.party.orgnr}>
          <PartyLink party={g.party} />
          {g.subunits.length > 0 ? (
            <ul className={styles.sublist} aria-label={t("underenheter", { navn: g.party.name })}>
              {g.subunits.map((s) => (
                <li key={s.orgnr}>
                  <PartyLink party={s} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
