/**
 * Runs once when the server starts. A production server with incomplete configuration
 * stops here, naming every missing variable, instead of serving with stand-in defaults.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getServerEnv, ConfigError } = await import("./lib/env");
  try {
    const env = getServerEnv();
    const { logger } = await import("./lib/log");
    logger.info({ appEnv: env.APP_ENV }, "configuration ok");
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`[krav-og-betalinger] ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
