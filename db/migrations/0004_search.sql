ALTER TABLE "products" ADD COLUMN "search_text" text GENERATED ALWAYS AS (public.vitrine_search_words(name_de || ' ' || name_en || ' ' || brand)) STORED;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "search_names" "tsvector" GENERATED ALWAYS AS (setweight(public.vitrine_search_vector(name_de || ' ' || name_en), 'A') || setweight(public.vitrine_search_vector(brand), 'B')) STORED;--> statement-breakpoint
CREATE INDEX "products_search_names_idx" ON "products" USING gin ("search_names");--> statement-breakpoint
CREATE INDEX "products_search_descriptions_idx" ON "products" USING gin (public.vitrine_search_descriptions(description_de, description_en));--> statement-breakpoint
CREATE INDEX "products_search_text_trgm_idx" ON "products" USING gin ("search_text" gin_trgm_ops);