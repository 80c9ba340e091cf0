import { z } from "zod";

/**
 * Altinn's `GET /accessmanagement/api/v1/enduser/authorizedparties` answer, one element:
 * a party (organisation or person) with the roles, access packages and resources the person
 * has for it, and its sub-units nested under it. Tolerant: unknown fields are ignored, lists
 * that are missing count as empty.
 */
export type AltinnParty = {
  partyUuid: string | null;
  name: string;
  organizationNumber: string | null;
  type: string;
  unitType: string | null;
  isDeleted: boolean;
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

export const authorizedPartiesSchema = z.array(altinnPartySchema);
