/**
 * Writes the JSON Schema of the data export (lib/privacy/export/schema.ts) to
 * public/schemas/vitrine-export.schema.json, the committed, published copy:
 *   npm run export-schema
 * Run it after a change of the data map or the database schema; a unit test
 * (lib/privacy/export/schema.test.ts) fails until the committed copy matches.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { format, resolveConfig } from "prettier";
import { exportJsonSchema } from "@/lib/privacy/export/schema";

const SCHEMA_FILE = resolve("public/schemas/vitrine-export.schema.json");

const options = (await resolveConfig(SCHEMA_FILE)) ?? {};
const text = await format(JSON.stringify(exportJsonSchema()), { ...options, parser: "json" });
writeFileSync(SCHEMA_FILE, text);
console.info(`wrote ${SCHEMA_FILE}`);
