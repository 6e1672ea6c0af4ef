import { exportJsonSchema } from "@/lib/privacy/export/schema";

let body: string | undefined;

/**
 * The published JSON Schema of the data export (R2), public and cacheable; the same file is at
 * /schemas/vitrine-export.schema.json.
 */
export async function GET() {
  body ??= JSON.stringify(exportJsonSchema(), null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/schema+json; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
