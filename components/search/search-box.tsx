"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { MAX_QUERY_LENGTH, MIN_SUGGEST_LENGTH } from "@/lib/search/query";
import { cn } from "@/lib/ui/cn";

export type SearchSuggestion = { slug: string; name: string; brand: string };

/** Wait this long after the last keystroke before asking for suggestions. */
const DEBOUNCE_MS = 150;
const MIN_LENGTH = MIN_SUGGEST_LENGTH;
const MAX_LENGTH = MAX_QUERY_LENGTH;

/**
 * The shop's search box. Without JavaScript a plain GET form to /products?q=. With it, an ARIA 1.2
 * combobox: suggestions appear while typing (debounced, from /api/search/suggest), the arrow keys
 * move through them, Enter opens the highlighted product (or searches, when none is highlighted),
 * Escape closes the list (and clears the field when it is already closed).
 */
export function SearchBox() {
  const t = useTranslations("search");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const [value, setValue] = useState("");
  const [suggestions, setSuggestions] = useState<SearchSuggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<AbortController | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      pending.current?.abort();
    },
    [],
  );

  const expanded = open && suggestions.length > 0;

  function request(text: string) {
    clearTimeout(timer.current);
    pending.current?.abort();
    const q = text.trim();
    if (q.length < MIN_LENGTH) {
      setSuggestions([]);
      setActive(-1);
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      pending.current = controller;
      try {
        const params = new URLSearchParams({ q, locale });
        const response = await fetch(`/api/search/suggest?${params}`, {
          signal: controller.signal,
        });
        if (!response.ok) return;
        const body = (await response.json()) as { suggestions?: SearchSuggestion[] };
        setSuggestions(body.suggestions ?? []);
        setActive(-1);
      } catch {
        // Aborted by the next keystroke, or offline: the plain search still works.
      }
    }, DEBOUNCE_MS);
  }

  function choose(suggestion: SearchSuggestion) {
    setOpen(false);
    setActive(-1);
    router.push(`/products/${encodeURIComponent(suggestion.slug)}`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = suggestions.length;
    switch (event.key) {
      case "ArrowDown":
        if (count === 0) return;
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(event.altKey ? -1 : 0);
        } else {
          setActive((a) => (a + 1) % count);
        }
        return;
      case "ArrowUp":
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        setActive((a) => (a <= 0 ? count - 1 : a - 1));
        return;
      case "Enter": {
        const chosen = expanded && active >= 0 ? suggestions[active] : undefined;
        if (chosen) {
          event.preventDefault();
          choose(chosen);
        }
        // Otherwise the form submits: a full search for what was typed.
        return;
      }
      case "Escape":
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (value !== "") {
          event.preventDefault();
          setValue("");
          request("");
        }
        return;
    }
  }

  return (
    <form
      action="/products"
      method="get"
      role="search"
      className="relative order-last flex w-full sm:order-none sm:w-auto sm:flex-1"
    >
      <label htmlFor={inputId} className="sr-only">
        {t("label")}
      </label>
      <input
        id={inputId}
        name="q"
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        enterKeyHint="search"
        maxLength={MAX_LENGTH}
        placeholder={t("placeholder")}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setOpen(true);
          request(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
        className="w-full min-w-0 rounded-l-full border border-r-0 border-line bg-paper px-4 py-2 text-sm"
      />
      <button
        type="submit"
        className="rounded-r-full bg-ink px-4 text-sm font-medium text-white hover:bg-ink-soft"
      >
        {t("submit")}
      </button>
      <ul
        id={listId}
        role="listbox"
        aria-label={t("suggestions")}
        hidden={!expanded}
        className="absolute left-0 right-0 top-full z-50 mt-1 overflow-hidden rounded-2xl border border-line bg-card py-1 shadow-lg"
      >
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.slug}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            // Keep the focus in the input (the combobox pattern); the click then opens the product.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(suggestion)}
            onMouseMove={() => setActive(index)}
            className={cn(
              "flex cursor-pointer items-baseline justify-between gap-3 px-4 py-2 text-sm",
              index === active && "bg-paper",
            )}
          >
            <span className="truncate text-ink">{suggestion.name}</span>
            <span className="shrink-0 text-xs text-ink-soft">{suggestion.brand}</span>
          </li>
        ))}
      </ul>
      <p role="status" className="sr-only">
        {expanded ? t("count", { count: suggestions.length }) : ""}
      </p>
    </form>
  );
}
