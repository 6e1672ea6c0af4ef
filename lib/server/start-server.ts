import { env } from "@/lib/env";
import { boot } from "./boot";

/** Node-only start-up: a database that cannot be opened ends the process with a clear message. */
export async function startServer(): Promise<void> {
  try {
    const booted = await boot(env());
    const stop = () => {
      booted.stop().finally(() => process.exit(0));
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  } catch (error) {
    console.error(`[vitrine] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
