import { mailDeliveryJob } from "@/lib/mail/delivery";
import { newsletterIssueJob } from "./newsletter-issue";
import { priceAlertsJob } from "./price-alerts";
import { reservationExpiryJob } from "./reservation-expiry";
import { retentionSweepJob } from "./retention-sweep";
import { segmentRefreshJob } from "./segment-refresh";
import type { JobDefinition } from "./types";

/** Every background job of the shop. */
export const JOBS: readonly JobDefinition[] = [
  mailDeliveryJob,
  newsletterIssueJob,
  priceAlertsJob,
  reservationExpiryJob,
  retentionSweepJob,
  segmentRefreshJob,
];

export function getJob(name: string): JobDefinition {
  const job = JOBS.find((j) => j.name === name);
  if (!job) throw new Error(`Unknown job "${name}"`);
  return job;
}
