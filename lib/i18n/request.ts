import { getRequestConfig } from "next-intl/server";
import { meldinger } from "@/lib/tekster";
import { hentSpraak } from "./server";

/** next-intl's per-request configuration (named in next.config.js): the language and its texts. */
export default getRequestConfig(async () => {
  const locale = await hentSpraak();
  return { locale, messages: meldinger[locale], timeZone: "Europe/Oslo" };
});
