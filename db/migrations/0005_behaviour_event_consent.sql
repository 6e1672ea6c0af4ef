ALTER TYPE "public"."behaviour_event_type" ADD VALUE 'checkout_started';--> statement-breakpoint
ALTER TYPE "public"."behaviour_event_type" ADD VALUE 'purchase';--> statement-breakpoint
ALTER TABLE "behaviour_events" ADD COLUMN "consent_event_id" uuid;--> statement-breakpoint
ALTER TABLE "behaviour_events" ADD CONSTRAINT "behaviour_events_consent_event_id_consent_events_id_fk" FOREIGN KEY ("consent_event_id") REFERENCES "public"."consent_events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "behaviour_events_consent_event_idx" ON "behaviour_events" USING btree ("consent_event_id");