import { mailDeliveryJob } from "@/lib/mail/delivery";
import { behaviourRetentionJob } from "./behaviour-retention";
import { cartRetentionJob } from "./cart-retention";
import { newsletterIssueJob } from "./newsletter-issue";
import { priceAlertsJob } from "./price-alerts";
import { segmentRefreshJob } from "./segment-refresh";
import type { JobDefinition } from "./types";

/** Every background job of the shop; later work adds retention sweeps and alerts. */
export const JOBS: readonly JobDefinition[] = [
  cartRetentionJob,
  mailDeliveryJob,
  behaviourRetentionJob,
  newsletterIssueJob,
  priceAlertsJob,
  segmentRefreshJob,
];

export function getJob(name: string): JobDefinition {
  const job = JOBS.find((j) => j.name === name);
  if (!job) throw new Error(`Unknown job "${name}"`);
  return job;
}
