#!/usr/bin/env node
// npm start: build when the sources are newer than the build, then serve. The server itself
// migrates and, when the database is empty, seeds it (instrumentation.ts).
import { spawn } from "node:child_process";
import { join } from "node:path";
import { buildIfNeeded } from "./build-if-needed.mjs";

const root = new URL("..", import.meta.url).pathname;

if (process.env.DATABASE_URL && !process.env.AUTH_SECRET) {
  console.error(
    "Vitrine: DATABASE_URL is set (a real deployment), but AUTH_SECRET is not.\n" +
      "Set AUTH_SECRET to a random value of at least 32 characters, e.g. `openssl rand -base64 32`.",
  );
  process.exit(1);
}

buildIfNeeded();

const args = ["start", "-p", process.env.PORT ?? "3000"];
if (process.env.HOST) args.push("-H", process.env.HOST);
const server = spawn(join(root, "node_modules", ".bin", "next"), args, {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
