import type { ReactNode } from "react";
import { AppHeader } from "@/components/AppHeader";
import { KlientoversiktLenke } from "@/components/KlientoversiktLenke";
import { LogoutButton } from "@/components/LogoutButton";
import { PartySwitcher } from "@/components/PartySwitcher";
import { requirePartyAccess } from "@/lib/auth/guard";

/**
 * Every page of one party: the guard runs first (login, 403, 400), then the header shows the
 * party, the switcher and "Logg ut". Pages below call requirePartyAccess(orgnr) too (the same
 * check, done once per request) before they fetch anything.
 */
export default async function PartyLayout({ children, params }: { children: ReactNode; params: Promise<{ orgnr: string }> }) {
  const { orgnr } = await params;
  const { party, parties } = await requirePartyAccess(orgnr);
  return (
    <>
      <AppHeader>
        {parties.length > 1 ? <KlientoversiktLenke /> : null}
        <PartySwitcher party={party} canSwitch={parties.length > 1} />
        <LogoutButton />
      </AppHeader>
      {children}
    </>
  );
}
