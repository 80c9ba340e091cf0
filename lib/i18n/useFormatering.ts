import { useLocale } from "next-intl";
import { useMemo } from "react";
import { formatering, type Formatering } from "./formatering";
import { tilSpraak } from "./spraak";

/** In a component (server or client): amounts and dates in the page's language. */
export function useFormatering(): Formatering {
  const spraak = tilSpraak(useLocale());
  return useMemo(() => formatering(spraak), [spraak]);
}
