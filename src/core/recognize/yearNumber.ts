/** A whole number a header cell may hold as a year (`2023` stored as 2023). */
export function isYearNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 1900 && n <= 2099;
}
