/** The route the language chooser posts to (app/api/spraak/route.ts). */
export const SPRAAK_PATH = "/api/spraak";
