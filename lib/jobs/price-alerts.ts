import { triggerPriceAlerts } from "@/lib/price-alerts/trigger";
import type { JobDefinition } from "./types";

/**
 * Fires the price alerts of every product: price changes fire theirs at once (changeVariantPrice),
 * so this run catches what no price change announces, an offer that starts. Idempotent: a fired
 * alert is no longer active, so each alert mails once.
 */
export const priceAlertsJob: JobDefinition = {
  name: "price-alerts",
  cron: "*/15 * * * *",
  intervalMs: 5 * 60 * 1000,
  async run({ db, now }) {
    return triggerPriceAlerts(db, { now });
  },
};
