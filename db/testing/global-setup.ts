import { buildPgliteTemplate, buildPostgresTemplate, dropPostgresTemplate } from "./template";

/** Builds the template once per test run: PGlite by default, PostgreSQL when DATABASE_URL is set. */
export default async function setup() {
  const url = process.env.DATABASE_URL;
  const started = Date.now();
  if (url) {
    await buildPostgresTemplate(url);
  } else {
    await buildPgliteTemplate();
  }
  console.info(
    `[db tests] template ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${url ? "PostgreSQL" : "PGlite"})`,
  );
  return async () => {
    if (url) await dropPostgresTemplate(url);
  };
}
