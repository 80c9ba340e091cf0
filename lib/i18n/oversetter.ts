import { createTranslator } from "use-intl/core";
import { meldinger, type Omraade } from "@/lib/tekster";
import type { Spraak } from "./spraak";

/**
 * A translator for code outside React (route handlers, the sheets, the PDF, the calendar, the
 * tests): `oversetter("nn", "kontoutskrift")("ark.overskrift")`. The same ICU messages and
 * formatting as next-intl's hooks (use-intl is next-intl's core).
 */
export function oversetter<N extends Omraade>(spraak: Spraak, omraade: N) {
  return createTranslator({ locale: spraak, messages: meldinger[spraak], namespace: omraade, timeZone: "Europe/Oslo" });
}

export type Oversetter<N extends Omraade> = ReturnType<typeof oversetter<N>>;
