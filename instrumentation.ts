/** Runs once when the server starts; the Node.js part checks the configuration. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./lib/startup");
  }
}
