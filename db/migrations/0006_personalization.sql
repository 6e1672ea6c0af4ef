ALTER TABLE "price_alerts" ADD COLUMN "triggered_price_cents" integer;--> statement-breakpoint
ALTER TABLE "price_alerts" ADD COLUMN "notice_seen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "newsletter_subscriptions" ADD COLUMN "locale" "locale" DEFAULT 'de' NOT NULL;--> statement-breakpoint
ALTER TABLE "newsletter_subscriptions" ADD COLUMN "consent_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "focus_category_id" uuid;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_focus_category_id_categories_id_fk" FOREIGN KEY ("focus_category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;