import { formatDato, formatDatoLang, formatMaaned, type IsoDato } from "@/lib/dato";
import { formatBeloep, formatKroner, formatTall } from "@/lib/format";
import type { Spraak } from "./spraak";

/** The formatting functions bound to one language: `formatering(spraak).kroner(100)`. */
export function formatering(spraak: Spraak) {
  return {
    spraak,
    beloep: (v: number) => formatBeloep(v, spraak),
    kroner: (v: number) => formatKroner(v, spraak),
    tall: (v: number, desimaler?: number) => formatTall(v, spraak, desimaler),
    dato: (v: IsoDato | Date) => formatDato(v, spraak),
    datoLang: (v: IsoDato | Date) => formatDatoLang(v, spraak),
    maaned: (d: Date) => formatMaaned(d, spraak),
  };
}

export type Formatering = ReturnType<typeof formatering>;
