import { felles } from "./felles";
import { feilsvar } from "./feilsvar";
import { innlogging } from "./innlogging";
import { klienter } from "./klienter";
import { kontoutskrift } from "./kontoutskrift";
import { oversikt } from "./oversikt";

/**
 * Every UI text in one place (bokmål), one file per area. The e2e specs import these too, so
 * a copy change cannot silently break a test. Nynorsk and English come later with the same keys.
 */
export const tekster = { ...felles, innlogging, oversikt, kontoutskrift, feilsvar, klienter } as const;
