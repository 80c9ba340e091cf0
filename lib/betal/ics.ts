import { formatKontonummer } from "@/lib/format";
import { formatering } from "@/lib/i18n/formatering";
import { oversetter } from "@/lib/i18n/oversetter";
import type { Spraak } from "@/lib/i18n/spraak";
import type { KommendeForfall } from "./utvalg";

/**
 * An iCalendar file (RFC 5545) with one all-day event per coming due date, its texts and
 * amounts in the chosen language. Pure: the caller passes the events, the link base, the time
 * stamp and the language. Lines end in CRLF and are folded at 75 octets without splitting a
 * UTF-8 character; text values are escaped (\\ ; , newline).
 */

export type IcsInnhold = {
  navn: string;
  forfall: KommendeForfall[];
  /** Absolute URL of the payment page without query, e.g. https://host/313367002/betal */
  betalUrl: string;
  /** When the file was made (DTSTAMP). */
  naa: Date;
  spraak: Spraak;
};

export function escapeTekst(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Folds one content line to at most 75 octets per physical line (continuations start with a space). */
export function brett(linje: string): string {
  const deler: string[] = [];
  let gjeldende = "";
  let oktetter = 0;
  for (const tegn of linje) {
    const lengde = Buffer.byteLength(tegn, "utf8");
    const grense = deler.length === 0 ? 75 : 74; // continuation lines carry the leading space
    if (oktetter + lengde > grense) {
      deler.push(gjeldende);
      gjeldende = "";
      oktetter = 0;
    }
    gjeldende += tegn;
    oktetter += lengde;
  }
  deler.push(gjeldende);
  return deler.join("\r\n ");
}

const dato = (iso: string) => iso.replace(/-/g, "");

function nesteDag(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function tidsstempel(d: Date): string {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** Characters outside the safe set become "-" so the UID stays a plain token. */
const uidDel = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, "-");

export function lagIcs({ navn, forfall, betalUrl, naa, spraak }: IcsInnhold): string {
  const t = oversetter(spraak, "betal");
  const f = formatering(spraak);
  const linjer = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//Skatteetaten//Krav og betalinger//${spraak.toUpperCase()}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeTekst(t("kalender.kalendernavn", { navn }))}`,
  ];
  for (const { krav, forfall: fo } of forfall) {
    const beloep = f.beloep(fo.gjenstaaendeBeloep).replace(/\u00a0/g, " ");
    const tittel = krav.periode ? `${krav.beskrivelse} ${krav.periode}` : krav.beskrivelse;
    const lenke = `${betalUrl}?${new URLSearchParams({ krav: krav.kravidentifikator, forfall: fo.kravforfallsIdentifikator })}`;
    const info = fo.betalingsinformasjon;
    const kontonummer = info?.kontonummer ? formatKontonummer(info.kontonummer).replace(/\u00a0/g, " ") : null;
    const beskrivelse = [
      t("kalender.beskrivelse.beloep", { beloep }),
      info?.kid ? t("kalender.beskrivelse.kid", { kid: info.kid }) : null,
      kontonummer ? t("kalender.beskrivelse.kontonummer", { kontonummer }) : null,
      t("kalender.beskrivelse.lenke", { lenke }),
    ].filter(Boolean).join("\n");
    linjer.push(
      "BEGIN:VEVENT",
      `UID:${uidDel(krav.kravidentifikator)}.${uidDel(fo.kravforfallsIdentifikator)}@krav-og-betalinger`,
      `DTSTAMP:${tidsstempel(naa)}`,
      `DTSTART;VALUE=DATE:${dato(fo.forfallsdato)}`,
      `DTEND;VALUE=DATE:${dato(nesteDag(fo.forfallsdato))}`,
      `SUMMARY:${escapeTekst(t("kalender.hendelse", { beskrivelse: tittel, beloep }))}`,
      `DESCRIPTION:${escapeTekst(beskrivelse)}`,
      `URL:${lenke}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  linjer.push("END:VCALENDAR");
  return linjer.map(brett).join("\r\n") + "\r\n";
}
