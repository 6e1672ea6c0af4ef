import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "./lock";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "vitrine-lock-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the real seed command in a second process against the given DATA_DIR. */
function secondProcess(dataDir: string) {
  return spawnSync(join(process.cwd(), "node_modules/.bin/tsx"), ["db/seed/cli.ts"], {
    cwd: process.cwd(),
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("one process per DATA_DIR", () => {
  it("refuses a second process with a clear message", () => {
    const dir = tempDir();
    const release = acquireDataDirLock(dir);
    try {
      const result = secondProcess(dir);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain(`is already open in another process (pid ${process.pid})`);
      expect(result.stderr).toContain("Only one process may open a DATA_DIR");
    } finally {
      release();
    }
  });

  it("refuses a second opener in the same check and allows it after release", () => {
    const dir = tempDir();
    const release = acquireDataDirLock(dir);
    writeFileSync(join(dir, "vitrine.lock"), "1"); // pid 1 is always alive
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    release();
    rmSync(join(dir, "vitrine.lock"));
    const again = acquireDataDirLock(dir);
    again();
  });

  it("takes over the lock of a process that died", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "vitrine.lock"), "999999999");
    const release = acquireDataDirLock(dir);
    release();
  });
});
