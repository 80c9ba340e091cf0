import { z } from "zod";

/**
 * Zod schemas that mirror Skatteetaten's Krav og betalinger API, keyed by the API's own field
 * names. Parsed at the boundary (client.ts); unknown fields are dropped. Older documented
 * shapes are accepted too ("shape drift"): texts as plain strings, `betaltFra` for
 * `innbetaltFra`, `betaltTilKonto` for `mottakersKontonummer`, `plasseringsdato` for
 * `plassertDato`, `plassertInnbetalingMotKrav` for `plassertKrav`, `kid` for `kidnummer`.
 * Details a screened party (skjermet) lacks are optional: a fully screened answer holds only
 * the call's parameters and `"skjermet": true`.
 *
 * Tolerance (the specification says optional fields may be missing in any single case):
 * amounts given as numeric strings become numbers, a date-time where a date was expected
 * gives its date part, `spraak: null` means nb, a missing `kravgruppe` is "Andre krav", a null
 * `plassertBeloep` is 0. An item of a response's list that still cannot be read is dropped and
 * counted in the response's `forkastet` (see `tolerantListe`); the rest of the list stays.
 * Signs are NOT normalised here but in mapping.ts (one place).
 */

/** Renames old field names to new ones before parsing (only where the new one is absent). */
function renamed<T extends z.ZodType>(renames: Record<string, string>, schema: T) {
  return z.preprocess((value) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const [oldName, newName] of Object.entries(renames)) {
      if (copy[newName] === undefined && copy[oldName] !== undefined) copy[newName] = copy[oldName];
    }
    return copy;
  }, schema);
}

/** A number, or a numeric string ("1234.50") as a number. */
const beloep = z.preprocess(
  (v) => (typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v),
  z.number().finite(),
);
/** A null/missing amount where the API may leave one out: 0. */
const beloepEllerNull = beloep.nullish().transform((v) => v ?? 0);
/** YYYY-MM-DD; a date-time ("2024-03-15T00:00:00+01:00") gives its date part. */
const dato = z.preprocess(
  (v) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}[T ]/.test(v) ? v.slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dato må være YYYY-MM-DD"),
);
const optionalText = z.string().nullish();
/** Identifiers come as strings; a number is accepted as its digits. */
const identifikator = z.preprocess((v) => (typeof v === "number" && Number.isFinite(v) ? String(v) : v), z.string().nullish());

/** How many items of a list were dropped because they could not be read, and why (paths and codes only: no values). */
export type Forkastet = { antall: number; grunner: string[] };

/**
 * A list whose items are parsed one by one: an item that fails is dropped and counted, the
 * others are kept. The result is `{ ok, forkastet }`; the response schemas unwrap it.
 */
export function tolerantListe<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .nullish()
    .transform((items) => {
      const ok: z.output<T>[] = [];
      const forkastet: Forkastet = { antall: 0, grunner: [] };
      for (const value of items ?? []) {
        const parsed = item.safeParse(value);
        if (parsed.success) ok.push(parsed.data as z.output<T>);
        else {
          forkastet.antall++;
          if (forkastet.grunner.length < 5) {
            forkastet.grunner.push(parsed.error.issues.map((i) => `${i.path.join(".") || "(item)"}: ${i.code}`).join(", "));
          }
        }
      }
      return { ok, forkastet };
    });
}

function slaaSammen(...lister: Forkastet[]): Forkastet {
  return { antall: lister.reduce((s, f) => s + f.antall, 0), grunner: lister.flatMap((f) => f.grunner).slice(0, 5) };
}

export const spraakTekstSchema = z.object({ tekst: z.string(), spraak: z.string().nullish().transform((v) => v ?? "nb") });
/** Newer: `{ spraakTekst: [{ tekst, spraak }] }`; older: a plain string. */
export const flerspraakligTekstSchema = z.union([z.string(), z.object({ spraakTekst: z.array(spraakTekstSchema) })]);
export type FlerspraakligTekst = z.infer<typeof flerspraakligTekstSchema>;

/** Newer: `{ periodeBeskrivelse, aar? }`; older: a plain string. */
export const kravperiodeSchema = z.union([
  z.string(),
  z.object({
    periodeBeskrivelse: flerspraakligTekstSchema.nullish(),
    aar: z.union([z.number().int(), z.string()]).nullish(),
    fraDato: dato.nullish().catch(null),
    tilDato: dato.nullish().catch(null),
    terminTekniskNavn: optionalText,
  }),
]);

export const kontoSchema = z.object({
  kontonummer: optionalText,
  iban: optionalText,
  swiftBIC: optionalText,
  bankinformasjon: optionalText,
  kontoeiersNavn: optionalText,
});

/** The KID is `kidnummer`, beside `konto` (older readings: `kid`, `KID`). */
export const betalingsinformasjonSchema = renamed(
  { kid: "kidnummer", KID: "kidnummer" },
  z.object({ konto: kontoSchema.nullish(), kidnummer: identifikator }),
);

/** Who paid: the payer's KID, the message to the recipient and the (masked) account. */
const innbetaltFraSchema = renamed(
  { kid: "kidnummer" },
  z.object({
    kidnummer: identifikator,
    meldingSendtTilMottaker: optionalText,
    konto: kontoSchema.nullish(),
    valutakode: optionalText,
  }),
);

export const plassertInnbetalingSchema = renamed(
  { innbetalingsidentifikator: "innbetalingsIdentifikator", betaltFra: "innbetaltFra", plasseringsdato: "plassertDato" },
  z.object({
    innbetalingsIdentifikator: identifikator,
    plassertBeloep: beloepEllerNull,
    plassertDato: dato.nullish(),
    innbetalingsdato: dato.nullish(),
    innbetaltBeloep: beloep.nullish(),
    innbetaltFra: innbetaltFraSchema.nullish(),
    innbetalingstype: optionalText,
  }),
);

export const plassertMotkravSchema = renamed(
  { plasseringsdato: "plassertDato" },
  z.object({
    kravforfallsIdentifikator: identifikator,
    plassertBeloep: beloepEllerNull,
    kravtype: optionalText,
    plassertDato: dato.nullish(),
    kravbeskrivelse: flerspraakligTekstSchema.nullish(),
    forfallsdato: dato.nullish(),
    kravperiode: kravperiodeSchema.nullish(),
  }),
);

/** A credit claim paid out (on the credit's due date). */
export const plassertUtbetalingSchema = renamed(
  { plasseringsdato: "plassertDato" },
  z.object({
    utbetalingsidentifikator: identifikator,
    utbetaltBeloep: beloep.nullish(),
    utbetaltDato: dato.nullish(),
    betaltTil: z.object({ meldingSendtTilMottaker: optionalText, konto: kontoSchema.nullish(), valutakode: optionalText }).nullish(),
    plassertBeloep: beloepEllerNull,
    plassertDato: dato.nullish(),
  }),
);

export const kravforfallSchema = z.object({
  kravforfallsIdentifikator: identifikator,
  forfallsdato: dato,
  opprinneligBeloep: beloep,
  gjenstaaendeBeloep: beloep,
  betalingsinformasjon: betalingsinformasjonSchema.nullish(),
  utsattIverksettelse: z.boolean().nullish(),
  plassertInnbetaling: z.array(plassertInnbetalingSchema).nullish(),
  plassertMotkrav: z.array(plassertMotkravSchema).nullish(),
  plassertUtbetaling: z.array(plassertUtbetalingSchema).nullish(),
});

export const kravSchema = z.object({
  partIdentifikator: optionalText,
  kravidentifikator: identifikator,
  kravtype: z.string(),
  kravgruppe: z
    .string()
    .nullish()
    .transform((v) => (v && v.trim() !== "" ? v : "Andre krav")),
  kravbeskrivelse: flerspraakligTekstSchema.nullish(),
  kravperiode: kravperiodeSchema.nullish(),
  opprettelsesdatoForKrav: dato.nullish(),
  opprinneligBeloep: beloep,
  gjenstaaendeBeloep: beloep,
  stipulerteRenter: beloep.nullish(),
  fastsettingsmaate: optionalText,
  /** On an interest claim: the claim whose late payment it is for. */
  hovedstolKravidentifikator: identifikator,
  kravforfall: z.array(kravforfallSchema).nullish(),
});

/**
 * Where a payment was used (`plassertKrav[]`; older `plassertInnbetalingMotKrav[]` with
 * `plasseringsdato` and `dekketKrav`). Also read: the product's old reading
 * (`kravforfallsIdentifikator`, `forfallsdato`, `opprinneligBeloep`, `gjenstaaendeBeloep`).
 */
export const plassertKravSchema = renamed(
  {
    plasseringsdato: "plassertDato",
    kravforfallsIdentifikator: "kravforfallIdentifikator",
    forfallsdato: "kravforfallsdato",
    opprinneligBeloep: "opprinneligKravforfallsbeloep",
    gjenstaaendeBeloep: "gjenstaaendeKravforfallsbeloep",
  },
  z.object({
    kravidentifikator: identifikator,
    kravforfallIdentifikator: identifikator,
    kravtype: optionalText,
    kravgruppe: optionalText,
    kravbeskrivelse: flerspraakligTekstSchema.nullish(),
    kravperiode: kravperiodeSchema.nullish(),
    kravforfallsdato: dato.nullish(),
    plassertBeloep: beloepEllerNull,
    plassertDato: dato.nullish(),
    opprinneligKravforfallsbeloep: beloep.nullish(),
    gjenstaaendeKravforfallsbeloep: beloep.nullish(),
    dekketKrav: z.unknown().optional(),
  }),
);

export const innbetalingSchema = renamed(
  {
    betaltFra: "innbetaltFra",
    betaltTilKonto: "mottakersKontonummer",
    innbetalingsIdentifikator: "innbetalingsidentifikator",
    plassertInnbetalingMotKrav: "plassertKrav",
  },
  z.object({
    partIdentifikator: optionalText,
    innbetalingsidentifikator: identifikator,
    innbetalingsdato: dato,
    innbetaltBeloep: beloep,
    uplassertBeloep: beloep.nullish(),
    innbetalingstype: optionalText,
    /** The product's old reading of the payer's KID; the published one is innbetaltFra.kidnummer. */
    kid: optionalText,
    mottakersKontonummer: z.object({ kontonummer: optionalText }).nullish(),
    innbetaltFra: innbetaltFraSchema.nullish(),
    plassertKrav: z.array(plassertKravSchema).nullish(),
  }),
);

export const kreditKravSchema = z.object({
  kravforfallidentifikator: identifikator,
  opprinneligBeloep: beloep,
  gjenstaaendeBeloep: beloep.nullish(),
  utbetaltBeloep: beloep.nullish(),
  kravbeskrivelse: flerspraakligTekstSchema.nullish(),
  kravtype: optionalText,
  kravperiode: kravperiodeSchema.nullish(),
});

export const utbetalingSchema = z.object({
  partIdentifikator: optionalText,
  utbetalingsidentifikator: identifikator,
  utbetaltdato: dato,
  utbetaltBeloep: beloep,
  utbetalingstatus: optionalText,
  betaltTil: z
    .object({
      meldingSendtTilMottaker: optionalText,
      konto: kontoSchema.nullish(),
      valutakode: optionalText,
    })
    .nullish(),
  grunnlagForUtbetaling: z.object({ kreditKrav: z.array(kreditKravSchema).nullish() }).nullish(),
});

const sumSchema = {
  sumStipulerteRenter: beloep.default(0),
  sumForfalteKrav: beloep.default(0),
  sumIkkeForfalteKrav: beloep.default(0),
  saldo: beloep.default(0),
};

/**
 * The answers. A fully screened party's answer holds only the call's parameters and
 * `"skjermet": true`: every list and `totalOversikt` may be missing (totalOversikt is then null).
 * Each list is read item by item; `forkastet` says how many items were dropped.
 */
export const aapnekravResponseSchema = z
  .object({
    partIdentifikator: z.string(),
    skjermet: z.boolean().nullish(),
    aapentKravMedGjenstaaendeBeloep: tolerantListe(kravSchema),
    innbetalingMedUplassertBeloep: tolerantListe(innbetalingSchema),
    totalOversikt: z.object({ ...sumSchema, sumUplasserteInnbetalinger: beloep.default(0) }).nullish(),
    oversiktPerKravgruppe: tolerantListe(z.object({ kravgruppe: z.string(), ...sumSchema })),
  })
  .transform((r) => ({
    ...r,
    aapentKravMedGjenstaaendeBeloep: r.aapentKravMedGjenstaaendeBeloep.ok,
    innbetalingMedUplassertBeloep: r.innbetalingMedUplassertBeloep.ok,
    oversiktPerKravgruppe: r.oversiktPerKravgruppe.ok,
    /** Claims dropped (what the page reports); payments and group sums dropped are in forkastetAndre. */
    forkastet: r.aapentKravMedGjenstaaendeBeloep.forkastet,
    forkastetAndre: slaaSammen(r.innbetalingMedUplassertBeloep.forkastet, r.oversiktPerKravgruppe.forkastet),
  }));

const periodeSchema = z.object({ fraOgMed: dato, tilOgMed: dato });

export const kravResponseSchema = z
  .object({
    partIdentifikator: z.string(),
    periode: periodeSchema.nullish(),
    skjermet: z.boolean().nullish(),
    krav: tolerantListe(kravSchema),
  })
  .transform((r) => ({ ...r, krav: r.krav.ok, forkastet: r.krav.forkastet }));

export const innbetalingerResponseSchema = z
  .object({
    partIdentifikator: z.string(),
    periode: periodeSchema.nullish(),
    skjermet: z.boolean().nullish(),
    innbetaling: tolerantListe(innbetalingSchema),
  })
  .transform((r) => ({ ...r, innbetaling: r.innbetaling.ok, forkastet: r.innbetaling.forkastet }));

export const utbetalingerResponseSchema = z
  .object({
    partIdentifikator: z.string(),
    periode: periodeSchema.nullish(),
    skjermet: z.boolean().nullish(),
    utbetaling: tolerantListe(utbetalingSchema),
  })
  .transform((r) => ({ ...r, utbetaling: r.utbetaling.ok, forkastet: r.utbetaling.forkastet }));

/** The API's error body. */
export const feilSchema = z.object({
  kode: z.string(),
  melding: z.string().nullish(),
  korrelasjonsid: z.string().nullish(),
});

export type KravDto = z.infer<typeof kravSchema>;
export type KravforfallDto = z.infer<typeof kravforfallSchema>;
export type InnbetalingDto = z.infer<typeof innbetalingSchema>;
export type UtbetalingDto = z.infer<typeof utbetalingSchema>;
export type AapnekravResponse = z.output<typeof aapnekravResponseSchema>;
export type KravResponse = z.output<typeof kravResponseSchema>;
export type InnbetalingerResponse = z.output<typeof innbetalingerResponseSchema>;
export type UtbetalingerResponse = z.output<typeof utbetalingerResponseSchema>;
