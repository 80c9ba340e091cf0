import { ConfigError, getServerEnv } from "./env";
import { logger } from "./log";

/**
 * Start-up check (imported by instrumentation.ts on the Node.js runtime). A production server
 * with incomplete configuration stops here, naming every missing variable, instead of serving
 * with stand-in defaults.
 */
try {
  const env = getServerEnv();
  logger.info({ appEnv: env.APP_ENV }, "configuration ok");
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`[krav-og-betalinger] ${error.message}`);
    process.exit(1);
  }
  throw error;
}
