import { erGyldigFnr } from "@/lib/identifikator";

/** ID-porten's assurance levels, lowest first. */
export const ACR_LEVELS = ["idporten-loa-low", "idporten-loa-substantial", "idporten-loa-high"] as const;
export type RequiredAcr = "idporten-loa-substantial" | "idporten-loa-high";

/** True when `acr` is at least `required` (an unknown or missing acr is never enough). */
export function acrIsSufficient(acr: unknown, required: RequiredAcr): boolean {
  if (typeof acr !== "string") return false;
  const have = (ACR_LEVELS as readonly string[]).indexOf(acr);
  return have >= 0 && have >= ACR_LEVELS.indexOf(required);
}

export type IdportenLogin =
  | { ok: true; pid: string; name: string | null; sid: string | null; acr: string }
  | { ok: false; reason: "acr" | "pid" };

/**
 * Reads the person from a verified id_token's claims. The key is `pid` (sub is pairwise),
 * which must be a valid fødselsnummer or d-nummer; `acr` must meet the required level.
 */
export function readIdportenLogin(claims: Record<string, unknown>, required: RequiredAcr): IdportenLogin {
  const pid = typeof claims.pid === "string" ? claims.pid : "";
  if (!erGyldigFnr(pid)) return { ok: false, reason: "pid" };
  if (!acrIsSufficient(claims.acr, required)) return { ok: false, reason: "acr" };
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim() : null;
  const sid = typeof claims.sid === "string" && claims.sid ? claims.sid : null;
  return { ok: true, pid, name, sid, acr: claims.acr as string };
}

/** ID-porten's `ui_locales` from the browser's Accept-Language: nb, nn, en or se (default nb). */
export function uiLocaleFrom(acceptLanguage: string | null | undefined): "nb" | "nn" | "en" | "se" {
  const tags = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", q = "q=1"] = part.trim().split(";");
      return { tag: tag.toLowerCase(), q: Number(q.replace(/^q=/, "")) || 0 };
    })
    .filter((t) => t.tag)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    const lang = tag.split("-")[0];
    if (lang === "nb" || lang === "no") return "nb";
    if (lang === "nn") return "nn";
    if (lang === "se") return "se";
    if (lang === "en") return "en";
  }
  return "nb";
}
