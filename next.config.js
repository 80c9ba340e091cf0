// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

/** next-intl reads the language and texts per request from lib/i18n/request.ts. */
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets several checkouts or test runs build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A self-contained server (node .next/standalone/server.js) for the container image.
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["exceljs", "pino", "prom-client"],
  experimental: {
    // forbidden() in the access guard renders app/forbidden.tsx with status 403.
    authInterrupts: true,
    optimizePackageImports: ["@navikt/ds-react", "@navikt/aksel-icons"],
  },
};

module.exports = withNextIntl(nextConfig);
