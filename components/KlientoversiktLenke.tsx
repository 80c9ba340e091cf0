import Link from "next/link";
import { useTranslations } from "next-intl";
import { TableIcon } from "@navikt/aksel-icons";

export const KLIENTOVERSIKT_PATH = "/klienter";

/** "Klientoversikt" in the header and the party picker, for a person with more than one party. */
export function KlientoversiktLenke() {
  const t = useTranslations("klienter");
  return (
    <Link href={KLIENTOVERSIKT_PATH} prefetch={false} data-testid="klientoversikt-lenke" style={{ display: "inline-flex", alignItems: "center", gap: "0.25rem" }}>
      <TableIcon aria-hidden />
      {t("lenke")}
    </Link>
  );
}
