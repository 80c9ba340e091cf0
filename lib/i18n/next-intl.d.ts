import type { Meldinger } from "@/lib/tekster";
import type { Spraak } from "./spraak";

// Typed keys and arguments: a misspelt key or a missing argument fails `tsc`.
declare module "next-intl" {
  interface AppConfig {
    Locale: Spraak;
    Messages: Meldinger;
  }
}
