import { LeaveIcon } from "@navikt/aksel-icons";
import { Button } from "@navikt/ds-react/Button";
import { LOGOUT_PATH } from "@/lib/auth/paths";
import { useTranslations } from "next-intl";

/** "Logg ut": a plain form POST, so it works before (and without) JavaScript. */
export function LogoutButton() {
  const t = useTranslations("innlogging");
  return (
    <form method="post" action={LOGOUT_PATH}>
      <Button type="submit" variant="secondary" size="small" icon={<LeaveIcon aria-hidden />}>
        {t("loggUt")}
      </Button>
    </form>
  );
}
