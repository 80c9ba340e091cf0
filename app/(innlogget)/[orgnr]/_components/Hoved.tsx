import type { ReactNode } from "react";

/** The page's main landmark, target of the skip link (the party layout renders the header above it). */
export function Hoved({ children }: { children: ReactNode }) {
  return (
    <main id="maincontent" tabIndex={-1} className="app-container">
      {children}
    </main>
  );
}
