import { publisertSvar } from "../../dev/api/publisert";
import { dag } from "../../dev/testdata/krav/dager";
import { PUBLISERT_ORGNR } from "../../dev/testdata/parties";
import { tilAapneKrav, tilInnbetalingListe, tilKravListe } from "../../lib/kravogbetalinger/mapping";
import type { AapneKrav, Innbetaling, Krav } from "../../lib/kravogbetalinger/model";
import { aapnekravResponseSchema, innbetalingerResponseSchema, kravResponseSchema } from "../../lib/kravogbetalinger/schema";

/** What the stand-in serves for the published example's party (871978433), parsed like the app parses it. */
export { PUBLISERT_ORGNR };

const aar2022 = { fra: dag("2022-01-01"), til: dag("2022-12-31") };

export function publisertAapneKrav(): AapneKrav {
  return tilAapneKrav(aapnekravResponseSchema.parse(publisertSvar("aapnekrav", null)));
}
export function publisertKrav2022(): Krav[] {
  return tilKravListe(kravResponseSchema.parse(publisertSvar("krav", aar2022)).krav);
}
export function publisertInnbetalinger2022(): Innbetaling[] {
  return tilInnbetalingListe(innbetalingerResponseSchema.parse(publisertSvar("innbetalinger", aar2022)).innbetaling);
}
