import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** The browser tests look into the server's database through this port (pglite-socket) or PostgreSQL. */
const DB_PORT = Number(process.env.E2E_DB_PORT ?? 54329);

const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const serverEnv: Record<string, string> = {
  PORT: String(PORT),
  APP_URL: BASE_URL,
  NODE_ENV: "production",
  SEED_CUSTOMERS: "400",
  // All browser tests come from 127.0.0.1: per-IP limits are raised, per-account limits stay.
  RATE_LIMIT_IP_MULTIPLIER: "1000",
};
if (process.env.E2E_DATABASE_URL) {
  serverEnv.DATABASE_URL = process.env.E2E_DATABASE_URL;
  serverEnv.AUTH_SECRET = "e2e-secret-that-is-long-enough-for-auth-js";
  serverEnv.SEED_DEMO = "1";
} else {
  serverEnv.DATA_DIR = process.env.E2E_DATA_DIR ?? ".test-data/e2e";
  serverEnv.EMBEDDED_DB_PORT = String(DB_PORT);
}

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath, args: CHROMIUM_FLAGS },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "mobile",
      dependencies: ["setup"],
      use: {
        ...devices["Pixel 7"],
        launchOptions: { executablePath: chromiumPath, args: CHROMIUM_FLAGS },
      },
    },
  ],
  webServer: {
    command: `node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `${BASE_URL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: serverEnv,
    stdout: "pipe",
    stderr: "pipe",
  },
});
