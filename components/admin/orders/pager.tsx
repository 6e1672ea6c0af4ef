import Link from "next/link";

/** Previous/next links of a paged list; the current page is announced as text. */
export function Pager({
  label,
  page,
  pageCount,
  hrefFor,
  previous,
  next,
  position,
}: {
  label: string;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  previous: string;
  next: string;
  position: string;
}) {
  if (pageCount <= 1) return null;
  const link = "rounded-full border border-line bg-card px-4 py-2 font-semibold hover:border-ink";
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={link}>
          {previous}
        </Link>
      ) : null}
      <span aria-current="page">{position}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={link}>
          {next}
        </Link>
      ) : null}
    </nav>
  );
}
