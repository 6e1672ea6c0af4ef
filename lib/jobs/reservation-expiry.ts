import { expireReservations } from "@/lib/after-sales/reservations/reserve";
import type { JobDefinition } from "./types";

/**
 * Puts the stock of uncollected reservations back on the shelf once their 48 hours are over.
 * Idempotent: only reservations still "active" change, so each is released once.
 */
export const reservationExpiryJob: JobDefinition = {
  name: "reservation-expiry",
  cron: "*/10 * * * *",
  intervalMs: 60 * 1000,
  async run({ db, now }) {
    return expireReservations(db, now);
  },
};
