/** Texts for the kontoutskrift screens (bokmål). */
export const kontoutskrift = {} as const;
