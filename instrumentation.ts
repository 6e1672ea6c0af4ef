/** Opens, migrates and (when empty) seeds the database as the server starts, and starts the jobs. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("@/lib/server/start-server");
  await startServer();
}
