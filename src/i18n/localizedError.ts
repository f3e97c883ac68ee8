import { Params, fillTemplate } from "./translate";
import { errorMessages } from "./errorMessages";

/**
 * An error whose words are a message key, worded where it is shown (in the language then chosen)
 * by `describeError`. Its `message` is the English sentence, for logs and for code that does not
 * word errors itself.
 */
export class LocalizedError extends Error {
  constructor(
    readonly key: string,
    readonly params: Params = {},
    readonly detail?: string,
  ) {
    const english = errorMessages.en[key] !== undefined ? fillTemplate(errorMessages.en[key], params, "en") : key;
    super(detail ? `${english} (${detail})` : english);
    this.name = "LocalizedError";
  }
}
