/**
 * A block of rates under a year row (Leppävirta's `Vero %`, `Kiinteistövero %` over its lines,
 * Närpes' `Inkomstskatteprocent`): every row with figures names a percentage, or sits under a
 * heading that does. It is no budget table, and nothing in it adds up to anything.
 */
const RATE = /%|prosentti|procent/i;

/** The rate names of such a block (the rows and headings that say they are rates), or null when it is not one. */
export function rateNames(rows: readonly { label: string; hasValues: boolean }[]): string[] | null {
  const names: string[] = [];
  let heading = false;
  let rates = 0;
  for (const r of rows) {
    const named = RATE.test(r.label);
    if (!r.hasValues) {
      heading = named;
      if (named) names.push(r.label.trim());
      continue;
    }
    if (!named && !heading) return null;
    if (named) names.push(r.label.trim());
    rates++;
  }
  return rates > 0 ? names : null;
}
