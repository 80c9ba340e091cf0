import betalEn from "./betal/en.json";
import betalNb from "./betal/nb.json";
import betalNn from "./betal/nn.json";
import betalingsfilEn from "./betalingsfil/en.json";
import betalingsfilNb from "./betalingsfil/nb.json";
import betalingsfilNn from "./betalingsfil/nn.json";
import betalKnappEn from "./betal-knapp/en.json";
import betalKnappNb from "./betal-knapp/nb.json";
import betalKnappNn from "./betal-knapp/nn.json";
import feilsvarEn from "./feilsvar/en.json";
import feilsvarNb from "./feilsvar/nb.json";
import feilsvarNn from "./feilsvar/nn.json";
import fellesEn from "./felles/en.json";
import fellesNb from "./felles/nb.json";
import fellesNn from "./felles/nn.json";
import hjelpEn from "./hjelp/en.json";
import hjelpNb from "./hjelp/nb.json";
import hjelpNn from "./hjelp/nn.json";
import hjelpsideEn from "./hjelpside/en.json";
import hjelpsideNb from "./hjelpside/nb.json";
import hjelpsideNn from "./hjelpside/nn.json";
import innloggingEn from "./innlogging/en.json";
import innloggingNb from "./innlogging/nb.json";
import innloggingNn from "./innlogging/nn.json";
import klienterEn from "./klienter/en.json";
import klienterNb from "./klienter/nb.json";
import klienterNn from "./klienter/nn.json";
import kontoutskriftEn from "./kontoutskrift/en.json";
import kravdataEn from "./kravdata/en.json";
import kravdataNb from "./kravdata/nb.json";
import kravdataNn from "./kravdata/nn.json";
import kontoutskriftNb from "./kontoutskrift/nb.json";
import kontoutskriftNn from "./kontoutskrift/nn.json";
import oktEn from "./okt/en.json";
import oktNb from "./okt/nb.json";
import oktNn from "./okt/nn.json";
import oversiktEn from "./oversikt/en.json";
import oversiktNb from "./oversikt/nb.json";
import oversiktNn from "./oversikt/nn.json";
import oppstroemsEn from "./oppstroems/en.json";
import oppstroemsNb from "./oppstroems/nb.json";
import oppstroemsNn from "./oppstroems/nn.json";
import regnskapEn from "./regnskap/en.json";
import regnskapNb from "./regnskap/nb.json";
import regnskapNn from "./regnskap/nn.json";
import ventingEn from "./venting/en.json";
import ventingNb from "./venting/nb.json";
import ventingNn from "./venting/nn.json";
import type { Spraak } from "@/lib/i18n/spraak";

/**
 * Every UI text, one folder per area (the namespace) and one ICU message file per language in
 * it, with the same keys (lib/tekster/tekster.test.ts checks that, and that every key is used).
 * Server code and tests read them from here; client components get theirs through next-intl's
 * provider (app/layout.tsx), so the browser only ever receives the chosen language.
 */
const nb = {
  felles: fellesNb,
  innlogging: innloggingNb,
  oversikt: oversiktNb,
  kontoutskrift: kontoutskriftNb,
  klienter: klienterNb,
  feilsvar: feilsvarNb,
  betal: betalNb,
  betalKnapp: betalKnappNb,
  betalingsfil: betalingsfilNb,
  kravdata: kravdataNb,
  okt: oktNb,
  oppstroems: oppstroemsNb,
  regnskap: regnskapNb,
  hjelp: hjelpNb,
  hjelpside: hjelpsideNb,
  venting: ventingNb,
};

export type Meldinger = typeof nb;
export type Omraade = keyof Meldinger;

export const meldinger: Record<Spraak, Meldinger> = {
  nb,
  nn: {
    felles: fellesNn,
    innlogging: innloggingNn,
    oversikt: oversiktNn,
    kontoutskrift: kontoutskriftNn,
    klienter: klienterNn,
    feilsvar: feilsvarNn,
    betal: betalNn,
    betalKnapp: betalKnappNn,
    betalingsfil: betalingsfilNn,
    kravdata: kravdataNn,
    okt: oktNn,
    oppstroems: oppstroemsNn,
    regnskap: regnskapNn,
    hjelp: hjelpNn,
    hjelpside: hjelpsideNn,
    venting: ventingNn,
  },
  en: {
    felles: fellesEn,
    innlogging: innloggingEn,
    oversikt: oversiktEn,
    kontoutskrift: kontoutskriftEn,
    klienter: klienterEn,
    feilsvar: feilsvarEn,
    betal: betalEn,
    betalKnapp: betalKnappEn,
    betalingsfil: betalingsfilEn,
    kravdata: kravdataEn,
    okt: oktEn,
    oppstroems: oppstroemsEn,
    regnskap: regnskapEn,
    hjelp: hjelpEn,
    hjelpside: hjelpsideEn,
    venting: ventingEn,
  },
};

/** The areas client components use; the rest (betal's PDF and calendar, feilsvar, the help and accessibility pages) stay on the server. */
export const KLIENT_OMRAADER = ["felles", "innlogging", "oversikt", "kontoutskrift", "klienter", "betalKnapp", "betal", "betalingsfil", "kravdata", "oppstroems", "regnskap", "hjelp", "venting"] as const satisfies readonly Omraade[];
