/** Texts for the oversikt screens (bokmål). */
export const oversikt = {} as const;
