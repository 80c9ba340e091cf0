import { Alert } from "@navikt/ds-react";
import { useTranslations } from "next-intl";

/** How many items of Skatteetaten's answer could not be read and are left out (the rest is shown). */
export function ForkastetVarsel({ antall, hva }: { antall: number; hva: "krav" | "poster" }) {
  const t = useTranslations("kravdata");
  if (antall <= 0) return null;
  return (
    <Alert variant="warning" size="small" data-testid="forkastet">
      {hva === "krav" ? t("forkastetKrav", { antall }) : t("forkastetPoster", { antall })}
    </Alert>
  );
}
