#!/usr/bin/env node
// Browser tests: one production build, one server on 127.0.0.1 with its own database, Playwright.
// With DATABASE_URL set, the server runs on a fresh PostgreSQL database that is dropped afterwards.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { buildIfNeeded } from "./build-if-needed.mjs";

const root = new URL("..", import.meta.url).pathname;
const bin = (name) => join(root, "node_modules", ".bin", name);
const phase = (label, started) =>
  console.info(`[e2e] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);

function ensureBrowser() {
  if (process.env.CHROMIUM_PATH || existsSync("/usr/bin/chromium")) return;
  const probe = spawnSync(
    process.execPath,
    [
      "-e",
      "const {chromium}=require('@playwright/test');process.exit(require('fs').existsSync(chromium.executablePath())?0:1)",
    ],
    { cwd: root },
  );
  if (probe.status === 0) return;
  console.info("[e2e] no Chromium found: fetching Playwright's own browser");
  const install = spawnSync(bin("playwright"), ["install", "chromium"], {
    cwd: root,
    stdio: "inherit",
  });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

let started = Date.now();
ensureBrowser();
buildIfNeeded();
phase("build", started);

const env = { ...process.env, E2E_DATA_DIR: join(root, ".test-data", "e2e") };
rmSync(env.E2E_DATA_DIR, { recursive: true, force: true });
let database;
if (process.env.DATABASE_URL) {
  database = `vitrine_e2e_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${database}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${database}`;
  env.E2E_DATABASE_URL = url.toString();
}

started = Date.now();
const result = spawnSync(bin("playwright"), ["test", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env,
});
phase("browser tests", started);

if (database) {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.end();
}
process.exit(result.status ?? 1);
