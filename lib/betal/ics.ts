import { formatBeloep, formatKontonummer } from "@/lib/format";
import { betal } from "@/lib/tekster/betal";
import type { KommendeForfall } from "./utvalg";

/**
 * An iCalendar file (RFC 5545) with one all-day event per coming due date. Pure: the caller
 * passes the events, the link base and the time stamp. Lines end in CRLF and are folded at
 * 75 octets without splitting a UTF-8 character; text values are escaped (\\ ; , newline).
 */

export type IcsInnhold = {
  navn: string;
  forfall: KommendeForfall[];
  /** Absolute URL of the payment page without query, e.g. https://host/313367002/betal */
  betalUrl: string;
  /** When the file was made (DTSTAMP). */
  naa: Date;
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

export function lagIcs({ navn, forfall, betalUrl, naa }: IcsInnhold): string {
  const t = betal.kalender;
  const linjer = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Skatteetaten//Krav og betalinger//NB",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeTekst(t.kalendernavn(navn))}`,
  ];
  for (const { krav, forfall: f } of forfall) {
    const beloep = formatBeloep(f.gjenstaaendeBeloep).replace(/\u00a0/g, " ");
    const tittel = krav.periode ? `${krav.beskrivelse} ${krav.periode}` : krav.beskrivelse;
    const lenke = `${betalUrl}?${new URLSearchParams({ krav: krav.kravidentifikator, forfall: f.kravforfallsIdentifikator })}`;
    const info = f.betalingsinformasjon;
    linjer.push(
      "BEGIN:VEVENT",
      `UID:${uidDel(krav.kravidentifikator)}.${uidDel(f.kravforfallsIdentifikator)}@krav-og-betalinger`,
      `DTSTAMP:${tidsstempel(naa)}`,
      `DTSTART;VALUE=DATE:${dato(f.forfallsdato)}`,
      `DTEND;VALUE=DATE:${dato(nesteDag(f.forfallsdato))}`,
      `SUMMARY:${escapeTekst(t.hendelse(tittel, beloep))}`,
      `DESCRIPTION:${escapeTekst(t.beskrivelse(beloep, info?.kid ?? null, info?.kontonummer ? formatKontonummer(info.kontonummer).replace(/\u00a0/g, " ") : null, lenke))}`,
      `URL:${lenke}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  linjer.push("END:VCALENDAR");
  return linjer.map(brett).join("\r\n") + "\r\n";
}
