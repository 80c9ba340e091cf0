/** Texts for the innlogging screens (bokmål). */
export const innlogging = {} as const;
