#!/usr/bin/env node
// The database tests against PostgreSQL: needs DATABASE_URL (a database the tests may use to
// create and drop their own template and per-file databases).
import { spawnSync } from "node:child_process";
import { join } from "node:path";

if (!process.env.DATABASE_URL) {
  console.error(
    "npm run test:pg needs DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/vitrine_test",
  );
  process.exit(2);
}
const root = new URL("..", import.meta.url).pathname;
const result = spawnSync(
  join(root, "node_modules", ".bin", "vitest"),
  ["run", "--project", "db", ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
