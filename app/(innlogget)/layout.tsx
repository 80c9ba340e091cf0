import type { Metadata } from "next";
import type { ReactNode } from "react";
import { BfcacheReload } from "@/components/BfcacheReload";

/**
 * Everything behind ID-porten. The session is checked by the shared guard (lib/auth/guard.ts)
 * in the pages and the party layout, not here: a layout cannot see which child matched, and a
 * path that is no page at all (e.g. /finnes-ikke) must answer 404, not a login.
 */
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function InnloggetLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <BfcacheReload />
      {children}
    </>
  );
}
