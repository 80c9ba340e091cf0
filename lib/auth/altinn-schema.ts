import { z } from "zod";

/**
 * Altinn's `GET /accessmanagement/api/v1/enduser/authorizedparties` answer, one element:
 * a party (organisation or person) with the roles, access packages and resources the person
 * has for it, and its sub-units nested under it. Tolerant: unknown fields are ignored, lists
 * that are missing count as empty.
 */
export const altinnPartySchema = z.object({
  partyUuid: z.string().nullish(),
  name: z.string(),
  organizationNumber: z.string().nullish(),
  type: z.string(),
  unitType: z.string().nullish(),
  isDeleted: z.boolean().nullish().transform((v) => v ?? false),
  onlyHierarchyElementWithNoAccess: z.boolean().nullish(),
  authorizedRoles: z.array(z.string()).nullish().transform((v) => v ?? []),
  authorizedAccessPackages: z.array(z.string()).nullish().transform((v) => v ?? []),
  authorizedResources: z.array(z.string()).nullish().transform((v) => v ?? []),
  get subunits() {
    return z
      .array(altinnPartySchema)
      .nullish()
      .transform((v) => v ?? []);
  },
});

export type AltinnParty = z.output<typeof altinnPartySchema>;

export const authorizedPartiesSchema = z.array(altinnPartySchema);
