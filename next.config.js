// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const createNextIntlPlugin = require("next-intl/plugin");

/** next-intl reads the language and texts per request from lib/i18n/request.ts. */
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    // The ICU messages are compiled at build time: the browser gets a small formatter instead of
    // the ICU parser (keeps the overview's first-load JS down).
    messages: { path: "./lib/tekster", format: "json", locales: ["nb", "nn", "en"], precompile: true },
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets several checkouts or test runs build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A self-contained server (node .next/standalone/server.js) for the container image.
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  // proxy.ts sees the request as sent, Next's client-router headers included: it answers a
  // malformed Next-Router-State-Tree with a 400 (Next would answer a bare 500 and log a stack).
  skipProxyUrlNormalize: true,
  serverExternalPackages: ["exceljs", "pino", "prom-client"],
  experimental: {
    // forbidden() in the access guard renders app/forbidden.tsx with status 403.
    authInterrupts: true,
    optimizePackageImports: ["@navikt/ds-react", "@navikt/aksel-icons"],
  },
};

module.exports = withNextIntl(nextConfig);
