import { LeaveIcon } from "@navikt/aksel-icons";
import { Button } from "@navikt/ds-react/Button";
import { LOGOUT_PATH } from "@/lib/auth/paths";
import { innlogging } from "@/lib/tekster/innlogging";

/** "Logg ut": a plain form POST, so it works before (and without) JavaScript. */
export function LogoutButton() {
  return (
    <form method="post" action={LOGOUT_PATH}>
      <Button type="submit" variant="secondary" size="small" icon={<LeaveIcon aria-hidden />}>
        {innlogging.loggUt}
      </Button>
    </form>
  );
}
