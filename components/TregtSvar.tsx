"use client";

import { Alert } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/** How long a wait is still ordinary; after this the user is told why nothing has come yet. */
export const TREGT_ETTER_MS = 3_000;

/**
 * While something is loading: after 3 s, says that Skatteetaten is answering slowly and that the
 * page keeps trying (the request's own time budget ends the wait with an error and a reference).
 * The live region is there from the start, so a screen reader hears the words when they come.
 */
export function TregtSvar() {
  const t = useTranslations("venting");
  const [tregt, setTregt] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setTregt(true), TREGT_ETTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div role="status" data-testid="tregt-svar">
      {tregt ? (
        <Alert variant="info" size="small" inline>
          {t("tregt")}
        </Alert>
      ) : null}
    </div>
  );
}
