import { z } from "zod";

/**
 * Altinn's `GET /accessmanagement/api/v1/enduser/authorizedparties` answer. The end-user
 * controller answers a paginated envelope, `{"links": {"next": url|null}, "data": [ …parties ]}`;
 * Altinn's documentation example nests `data` one level (`[[…]]`), and older answers were a bare
 * array: all three are read. Each party: an organisation or person with the roles (URNs such as
 * `urn:altinn:external-role:ccr:daglig-leder`, legacy `urn:altinn:rolecode:dagl`), access
 * packages (`urn:altinn:accesspackage:…`) and resources the person has for it, and its sub-units
 * nested under it. Tolerant: unknown fields are ignored, lists that are missing count as empty.
 */
export type AltinnParty = {
  partyUuid: string | null;
  name: string;
  organizationNumber: string | null;
  type: string;
  /** Enhetsregisteret's organisasjonsform: "AS", "ENK", "BEDR" (sub-unit), … */
  unitType: string | null;
  isDeleted: boolean;
  /** Listed only because a sub-unit under it has access: the main unit itself gives none. */
  onlyHierarchyElementWithNoAccess: boolean;
  authorizedRoles: string[];
  authorizedAccessPackages: string[];
  authorizedResources: string[];
  subunits: AltinnParty[];
};

const list = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);

export const altinnPartySchema: z.ZodType<AltinnParty, unknown> = z.object({
  partyUuid: z.string().nullish().transform((v) => v ?? null),
  name: z.string(),
  organizationNumber: z.string().nullish().transform((v) => v ?? null),
  type: z.string(),
  unitType: z.string().nullish().transform((v) => v ?? null),
  isDeleted: z.boolean().nullish().transform((v) => v ?? false),
  onlyHierarchyElementWithNoAccess: z.boolean().nullish().transform((v) => v ?? false),
  authorizedRoles: list,
  authorizedAccessPackages: list,
  authorizedResources: list,
  subunits: z.lazy(() =>
    z
      .array(altinnPartySchema)
      .nullish()
      .transform((v) => v ?? []),
  ),
});

const partyList = z.array(altinnPartySchema);

/** One page of the answer: its parties and the address of the next page (null on the last). */
export type AuthorizedPartiesPage = { parties: AltinnParty[]; next: string | null };

const envelopeSchema = z.object({
  links: z
    .object({ next: z.string().min(1).nullish() })
    .nullish(),
  // `data` is the list, or (Altinn's documentation example) a list holding lists.
  data: z.union([partyList, z.array(partyList).transform((pages) => pages.flat())]),
});

export const authorizedPartiesPageSchema: z.ZodType<AuthorizedPartiesPage, unknown> = z.union([
  envelopeSchema.transform((e) => ({ parties: e.data, next: e.links?.next ?? null })),
  partyList.transform((parties) => ({ parties, next: null })),
]);

/** Parses one page; the error names the first problems (paths, never values: a body may hold names). */
export function parseAuthorizedPartiesPage(body: unknown): { ok: true; page: AuthorizedPartiesPage } | { ok: false; issues: string[] } {
  const parsed = authorizedPartiesPageSchema.safeParse(body);
  if (parsed.success) return { ok: true, page: parsed.data };
  return { ok: false, issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(rot)"}: ${i.message}`) };
}
