import Link from "next/link";
import { BriefcaseIcon } from "@navikt/aksel-icons";
import { formatOrgnr } from "@/lib/format";
import { PARTY_PICKER_PATH } from "@/lib/auth/paths";
import type { Party } from "@/lib/auth/types";
import { useTranslations } from "next-intl";
import styles from "./PartySwitcher.module.css";

/**
 * The party the person acts for, in the header. With several parties it is a link to
 * "Hvem vil du representere?", so switching is one click from any page.
 */
export function PartySwitcher({ party, canSwitch }: { party: Party; canSwitch: boolean }) {
  const t = useTranslations("innlogging");
  const content = (
    <>
      <BriefcaseIcon aria-hidden className={styles.icon} />
      <span className={styles.text}>
        <span className={styles.name}>{party.name}</span>
        <span className={styles.meta}>
          {t("orgnr")} {formatOrgnr(party.orgnr)}
        </span>
        {canSwitch ? <span className={styles.switch}>{t("byttVirksomhet")}</span> : null}
      </span>
    </>
  );
  if (!canSwitch) {
    return (
      <p className={`${styles.party} ${styles.static}`} data-testid="aktiv-virksomhet">
        {content}
      </p>
    );
  }
  return (
    <Link href={PARTY_PICKER_PATH} className={styles.party} data-testid="aktiv-virksomhet" prefetch={false}>
      {content}
    </Link>
  );
}
