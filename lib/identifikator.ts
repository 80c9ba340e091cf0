/** Checks of Norwegian identifiers: organisasjonsnummer, fødselsnummer/d-nummer, KID. */

const ORGNR_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** The mod-11 check digit for the first digits, or null where the number cannot be valid. */
function mod11(digits: string, weights: number[]): number | null {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i]!;
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  if (rest === 10) return null;
  return rest;
}

export function erGyldigOrgnr(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  return mod11(value, ORGNR_WEIGHTS) === Number(value[8]);
}

/** Makes a valid organisasjonsnummer from eight digits, or null if none exists for them. */
export function medKontrollsiffer(first8: string): string | null {
  if (!/^\d{8}$/.test(first8)) throw new Error("trenger åtte sifre");
  const check = mod11(first8, ORGNR_WEIGHTS);
  return check === null ? null : `${first8}${check}`;
}

const FNR_W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const FNR_W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Fødselsnummer or d-nummer, including synthetic test numbers (month + 40 or + 80). */
export function erGyldigFnr(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const k1 = mod11(value, FNR_W1);
  if (k1 === null || k1 !== Number(value[9])) return false;
  const k2 = mod11(value, FNR_W2);
  return k2 !== null && k2 === Number(value[10]);
}

/** KID: 2-25 digits with a MOD10 (Luhn) or MOD11 check digit. */
export function erGyldigKid(value: string): boolean {
  if (!/^\d{2,25}$/.test(value)) return false;
  const body = value.slice(0, -1);
  const check = value.at(-1)!;
  return luhnCheckDigit(body) === Number(check) || kidMod11CheckDigit(body) === check;
}

export function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function kidMod11CheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * ((i % 6) + 2);
  const rest = 11 - (sum % 11);
  return rest === 11 ? "0" : rest === 10 ? "-" : String(rest);
}

const KONTONR_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Norwegian bank account number: 11 digits, the last a mod-11 check digit (weights 5 4 3 2 7 6 5 4 3 2). */
export function erGyldigKontonummer(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  return mod11(value, KONTONR_WEIGHTS) === Number(value[10]);
}
