import { isDatabaseHealthy } from "@/db/queries/health";

/** contract.md: 200 {"status":"ok"} when the app and its database answer. Public, reveals nothing. */
export async function GET() {
  const healthy = await isDatabaseHealthy();
  return Response.json(
    { status: healthy ? "ok" : "unavailable" },
    { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
