"use client";

import { useEffect } from "react";

/**
 * A page restored from the browser's back/forward cache would show data without asking the
 * server. After logout that must not happen: reload instead, so the server checks the session.
 */
export function BfcacheReload() {
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, []);
  return null;
}
