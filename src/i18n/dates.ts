import { Lang } from "../core/options";

/** `12.3.2024 14.05` in Finnish, `2024-03-12 14:05` in English, in local time; bad input as is. */
export function formatDateTime(value: string | Date, lang: Lang): string {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const pad = (n: number) => String(n).padStart(2, "0");
  if (lang === "fi") return `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()} ${pad(d.getHours())}.${pad(d.getMinutes())}`;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
