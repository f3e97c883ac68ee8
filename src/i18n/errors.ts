import { XlsxReadError } from "../hosts/xlsx/errors";
import { Translate } from "./translate";
import { LocalizedError } from "./localizedError";

export { errorMessages } from "./errorMessages";
export { LocalizedError };

/**
 * The one line to show for an error, through a translator that includes `errorMessages`:
 * our sentence first, the library's text as a detail. An error we do not know is shown as it is
 * (it is a bug or the host's own message, and hiding it would not help).
 */
export function describeError(error: unknown, t: Translate): string {
  const withDetail = (message: string, detail?: string) => (detail ? t("error.detail", { message, detail }) : message);
  if (error instanceof XlsxReadError) return withDetail(`${error.path}: ${t(`error.file.${error.reason}`, error.params)}`, error.detail);
  if (error instanceof LocalizedError) return withDetail(t(error.key, error.params), error.detail);
  if (error instanceof Error) return error.message;
  return String(error);
}
