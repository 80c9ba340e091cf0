import { iso } from "../testdata/krav/dager";
import aapnekrav from "./kontrakt/aapnekrav-871978433.json";
import innbetalinger2022 from "./kontrakt/innbetalinger-871978433-2022.json";
import krav2022 from "./kontrakt/krav-871978433-2022.json";
import type { Periode } from "./visning";

/**
 * The party whose answers are Skatteetaten's published example responses, verbatim (copies in
 * dev/api/kontrakt, see its README; party 871978433). `krav` and `innbetalinger` answer the 2022
 * example for a window that overlaps 2022 and nothing (KB-007) otherwise; `utbetalinger` has no
 * published example and is always empty.
 */
export function publisertSvar(endepunkt: string, periode: Periode | null): unknown | null {
  if (endepunkt === "aapnekrav") return aapnekrav;
  if (!periode || endepunkt === "utbetalinger") return null;
  const overlapper2022 = iso(periode.fra) <= "2022-12-31" && iso(periode.til) >= "2022-01-01";
  if (!overlapper2022) return null;
  return endepunkt === "krav" ? krav2022 : innbetalinger2022;
}
