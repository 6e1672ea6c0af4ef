import { cn } from "@/lib/ui/cn";

/**
 * A wide table's horizontal scroller: a named region that takes keyboard focus, so that people
 * without a mouse can scroll it (WCAG 2.1.1, axe "scrollable-region-focusable").
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cn("overflow-x-auto", className)}>
      {children}
    </div>
  );
}
