"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Feilmelding } from "@/components/Feilmelding";
import type { FeilInfo } from "@/lib/krav-visning/feil";

/** The page's data could not be fetched on the server: "Prøv igjen" renders the page again. */
export function ServerFeil({ feil, hva }: { feil: FeilInfo; hva: string }) {
  const router = useRouter();
  const [proever, startTransition] = useTransition();
  return <Feilmelding feil={feil} hva={hva} proever={proever} onProevIgjen={() => startTransition(() => router.refresh())} />;
}
