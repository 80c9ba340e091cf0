import { z } from "zod";

/**
 * Zod schemas that mirror Skatteetaten's Krav og betalinger API, keyed by the API's own field
 * names. Parsed at the boundary (client.ts); unknown fields are dropped. Older documented
 * shapes are accepted too ("shape drift"): texts as plain strings, `betaltFra` for
 * `innbetaltFra`, `betaltTilKonto` for `mottakersKontonummer`, `plasseringsdato` for
 * `plassertDato`. Details a screened party (skjermet) lacks are optional.
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

const beloep = z.number().finite();
const dato = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dato må være YYYY-MM-DD");
const optionalText = z.string().nullish();

export const spraakTekstSchema = z.object({ tekst: z.string(), spraak: z.string().default("nb") });
/** Newer: `{ spraakTekst: [{ tekst, spraak }] }`; older: a plain string. */
export const flerspraakligTekstSchema = z.union([z.string(), z.object({ spraakTekst: z.array(spraakTekstSchema) })]);
export type FlerspraakligTekst = z.infer<typeof flerspraakligTekstSchema>;

/** Newer: `{ periodeBeskrivelse, aar? }`; older: a plain string. */
export const kravperiodeSchema = z.union([
  z.string(),
  z.object({
    periodeBeskrivelse: flerspraakligTekstSchema.nullish(),
    aar: z.union([z.number().int(), z.string()]).nullish(),
  }),
]);

export const kontoSchema = z.object({
  kontonummer: optionalText,
  iban: optionalText,
  swiftBIC: optionalText,
  bankinformasjon: optionalText,
  kontoeiersNavn: optionalText,
});

export const betalingsinformasjonSchema = renamed(
  { KID: "kid" },
  z.object({ konto: kontoSchema.nullish(), kid: optionalText }),
);

const fraKontoSchema = z.object({ konto: kontoSchema.nullish() });

export const plassertInnbetalingSchema = renamed(
  { innbetalingsidentifikator: "innbetalingsIdentifikator", betaltFra: "innbetaltFra", plasseringsdato: "plassertDato" },
  z.object({
    innbetalingsIdentifikator: optionalText,
    plassertBeloep: beloep,
    plassertDato: dato.nullish(),
    innbetalingsdato: dato.nullish(),
    innbetaltBeloep: beloep.nullish(),
    innbetaltFra: fraKontoSchema.nullish(),
    innbetalingstype: optionalText,
  }),
);

export const plassertMotkravSchema = renamed(
  { plasseringsdato: "plassertDato" },
  z.object({
    kravforfallsIdentifikator: optionalText,
    plassertBeloep: beloep,
    kravtype: optionalText,
    plassertDato: dato.nullish(),
    kravbeskrivelse: flerspraakligTekstSchema.nullish(),
    forfallsdato: dato.nullish(),
    kravperiode: kravperiodeSchema.nullish(),
  }),
);

export const kravforfallSchema = z.object({
  kravforfallsIdentifikator: optionalText,
  forfallsdato: dato,
  opprinneligBeloep: beloep,
  gjenstaaendeBeloep: beloep,
  betalingsinformasjon: betalingsinformasjonSchema.nullish(),
  utsattIverksettelse: z.boolean().nullish(),
  plassertInnbetaling: z.array(plassertInnbetalingSchema).nullish(),
  plassertMotkrav: z.array(plassertMotkravSchema).nullish(),
});

export const kravSchema = z.object({
  partIdentifikator: optionalText,
  kravidentifikator: optionalText,
  kravtype: z.string(),
  kravgruppe: z.string(),
  kravbeskrivelse: flerspraakligTekstSchema,
  kravperiode: kravperiodeSchema.nullish(),
  opprettelsesdatoForKrav: dato.nullish(),
  opprinneligBeloep: beloep,
  gjenstaaendeBeloep: beloep,
  stipulerteRenter: beloep.nullish(),
  fastsettingsmaate: optionalText,
  kravforfall: z.array(kravforfallSchema).nullish(),
});

export const plassertInnbetalingMotKravSchema = renamed(
  { plasseringsdato: "plassertDato" },
  z.object({
    kravidentifikator: optionalText,
    kravforfallsIdentifikator: optionalText,
    kravtype: optionalText,
    kravgruppe: optionalText,
    kravbeskrivelse: flerspraakligTekstSchema.nullish(),
    kravperiode: kravperiodeSchema.nullish(),
    forfallsdato: dato.nullish(),
    plassertBeloep: beloep,
    plassertDato: dato.nullish(),
    opprinneligBeloep: beloep.nullish(),
    gjenstaaendeBeloep: beloep.nullish(),
  }),
);

export const innbetalingSchema = renamed(
  { betaltFra: "innbetaltFra", betaltTilKonto: "mottakersKontonummer", innbetalingsIdentifikator: "innbetalingsidentifikator" },
  z.object({
    partIdentifikator: optionalText,
    innbetalingsidentifikator: optionalText,
    innbetalingsdato: dato,
    innbetaltBeloep: beloep,
    uplassertBeloep: beloep.nullish(),
    innbetalingstype: optionalText,
    kid: optionalText,
    mottakersKontonummer: z.object({ kontonummer: optionalText }).nullish(),
    innbetaltFra: fraKontoSchema.nullish(),
    plassertInnbetalingMotKrav: z.array(plassertInnbetalingMotKravSchema).nullish(),
  }),
);

export const kreditKravSchema = z.object({
  kravforfallidentifikator: optionalText,
  opprinneligBeloep: beloep,
  gjenstaaendeBeloep: beloep.nullish(),
  utbetaltBeloep: beloep.nullish(),
  kravbeskrivelse: flerspraakligTekstSchema.nullish(),
  kravtype: optionalText,
  kravperiode: kravperiodeSchema.nullish(),
});

export const utbetalingSchema = z.object({
  partIdentifikator: optionalText,
  utbetalingsidentifikator: optionalText,
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

export const aapnekravResponseSchema = z.object({
  partIdentifikator: z.string(),
  skjermet: z.boolean().nullish(),
  aapentKravMedGjenstaaendeBeloep: z.array(kravSchema).nullish(),
  innbetalingMedUplassertBeloep: z.array(innbetalingSchema).nullish(),
  totalOversikt: z.object({ ...sumSchema, sumUplasserteInnbetalinger: beloep.default(0) }),
  oversiktPerKravgruppe: z.array(z.object({ kravgruppe: z.string(), ...sumSchema })).nullish(),
});

const periodeSchema = z.object({ fraOgMed: dato, tilOgMed: dato });

export const kravResponseSchema = z.object({
  partIdentifikator: z.string(),
  periode: periodeSchema.nullish(),
  skjermet: z.boolean().nullish(),
  krav: z.array(kravSchema).nullish(),
});

export const innbetalingerResponseSchema = z.object({
  partIdentifikator: z.string(),
  periode: periodeSchema.nullish(),
  skjermet: z.boolean().nullish(),
  innbetaling: z.array(innbetalingSchema).nullish(),
});

export const utbetalingerResponseSchema = z.object({
  partIdentifikator: z.string(),
  periode: periodeSchema.nullish(),
  skjermet: z.boolean().nullish(),
  utbetaling: z.array(utbetalingSchema).nullish(),
});

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
export type AapnekravResponse = z.infer<typeof aapnekravResponseSchema>;
export type KravResponse = z.infer<typeof kravResponseSchema>;
export type InnbetalingerResponse = z.infer<typeof innbetalingerResponseSchema>;
export type UtbetalingerResponse = z.infer<typeof utbetalingerResponseSchema>;
export type FeilDto = z.infer<typeof feilSchema>;
