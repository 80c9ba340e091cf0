import localFont from "next/font/local";

/**
 * Aksel's typeface, Source Sans 3, served by the app (no CDN). next/font gives a fallback
 * sized to match, so swapping in the webfont does not move the page (CLS). The latin subset
 * covers æ, ø and å.
 */
export const sourceSans3 = localFont({
  src: [
    { path: "../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-400-italic.woff2", weight: "400", style: "italic" },
    { path: "../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2", weight: "600", style: "normal" },
    { path: "../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  fallback: ["Arial", "sans-serif"],
  adjustFontFallback: "Arial",
  variable: "--font-source-sans-3",
});
