import { erGyldigOrgnr } from "@/lib/identifikator";

/**
 * What an `[orgnr]` URL segment is:
 * - "valid": a valid organisasjonsnummer (spaces allowed: "313 367 002"), given back without spaces;
 * - "invalid": digits that are not one (wrong length or mod-11 check) -> 400 with a clear message;
 * - "not-orgnr": not a number at all (e.g. "/finnes-ikke") -> the page does not exist (404).
 */
export type OrgnrParam = { kind: "valid"; orgnr: string } | { kind: "invalid" } | { kind: "not-orgnr" };

export function classifyOrgnrParam(raw: string): OrgnrParam {
  let value = raw;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return { kind: "not-orgnr" };
  }
  const compact = value.replace(/[\s\u00a0]/g, "");
  if (!/^\d+$/.test(compact)) return { kind: "not-orgnr" };
  return erGyldigOrgnr(compact) ? { kind: "valid", orgnr: compact } : { kind: "invalid" };
}
