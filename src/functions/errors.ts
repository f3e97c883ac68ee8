import { Params } from "../i18n/translate";

/** The Excel errors our functions return. Only #VALUE! (and #N/A) can carry a message in Excel. */
export type FunctionErrorCode = "#VALUE!" | "#DIV/0!" | "#NUM!";

/**
 * A bad input or an impossible result, thrown by the pure logic and turned into a
 * `CustomFunctions.Error` at the Excel boundary. The message is a catalog key so it can be shown
 * in the user's language there.
 */
export class FunctionError extends Error {
  constructor(
    readonly code: FunctionErrorCode,
    readonly key: string,
    readonly params: Params = {},
  ) {
    super(`${code} ${key} ${JSON.stringify(params)}`);
    this.name = "FunctionError";
  }
}
