import { felles } from "./felles";
import { innlogging } from "./innlogging";
import { kontoutskrift } from "./kontoutskrift";
import { oversikt } from "./oversikt";

/**
 * Every UI text in one place (bokmål), one file per area. The e2e specs import these too, so
 * a copy change cannot silently break a test. Nynorsk and English come later with the same keys.
 */
export const tekster = { ...felles, innlogging, oversikt, kontoutskrift } as const;
