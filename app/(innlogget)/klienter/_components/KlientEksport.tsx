"use client";

import { BodyShort, Button } from "@navikt/ds-react";
import { DownloadIcon } from "@navikt/aksel-icons";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import type { KlientRad } from "./useKlientSammendrag";
import styles from "./klienter.module.css";

type Fase = { fase: "klar" } | { fase: "lager" } | { fase: "ferdig"; filnavn: string; ikkeHentet: number } | { fase: "feil" };

/**
 * The export button, above the table. The file is made at once from the rows the page has
 * (POST, lib/klientoversikt/fra-siden.ts): those still on their way are rows marked «ikke
 * hentet». Without JavaScript the link fetches every client on the server (GET). The page says
 * how far the fetching has come, while the file is being made, and what it holds.
 */
export function KlientEksport({ query, rader, hentet, totalt }: { query: string; rader: readonly KlientRad[]; hentet: number; totalt: number }) {
  const t = useTranslations("klienter.eksport");
  const r = useTranslations("regnskap.klient.eksport");
  const [tilstand, setTilstand] = useState<Fase>({ fase: "klar" });
  const avbryt = useRef<AbortController | null>(null);
  const href = `/api/klienter/eksport${query ? `?${query}` : ""}`;

  async function lastNed(e: React.MouseEvent) {
    e.preventDefault();
    avbryt.current?.abort();
    const kontroll = new AbortController();
    avbryt.current = kontroll;
    setTilstand({ fase: "lager" });
    try {
      // The rows as the page has them; the server lists only the session's own clients.
      const body = JSON.stringify({ rader: rader.map((r) => ({ orgnr: r.orgnr, sammendrag: r.sammendrag, feil: r.feil })) });
      const res = await fetch(href, { method: "POST", body, signal: kontroll.signal, credentials: "same-origin", headers: { "content-type": "application/json" } });
      if (!res.ok) throw new Error(String(res.status));
      const filnavn = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "klientoversikt.xlsx";
      const ikkeHentet = Number(res.headers.get("x-ikke-hentet") ?? 0) || 0;
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement("a");
      a.href = url;
      a.download = filnavn;
      a.style.display = "none";
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setTilstand({ fase: "ferdig", filnavn, ikkeHentet });
    } catch {
      if (!kontroll.signal.aborted) setTilstand({ fase: "feil" });
    }
  }

  return (
    <div className={styles.eksport} data-testid="klient-eksport">
      <Button as="a" variant="secondary" href={href} download onClick={lastNed} loading={tilstand.fase === "lager"} icon={<DownloadIcon aria-hidden />}>
        {t("knapp")}
      </Button>
      <BodyShort size="small" textColor="subtle" style={{ marginTop: "0.5rem" }}>
        {hentet < totalt ? r("delvis", { hentet, totalt }) : t("forklaring")}
      </BodyShort>
      <BodyShort size="small" role="status" data-testid="klient-eksport-status">
        {tilstand.fase === "lager"
          ? r("lager")
          : tilstand.fase === "ferdig"
            ? `${r("ferdig", { filnavn: tilstand.filnavn })}${tilstand.ikkeHentet > 0 ? ` ${r("ikkeHentet", { n: tilstand.ikkeHentet })}` : ""}`
            : tilstand.fase === "feil"
              ? r("feil")
              : ""}
      </BodyShort>
    </div>
  );
}
