import { Lang } from "../core/options";
import { functionMessages } from "../i18n/functions";
import { makeTranslator } from "../i18n/translate";
import { FunctionError } from "./errors";

/**
 * The part of Excel's custom-functions runtime we use. @types/custom-functions-runtime is not a
 * dependency, so the shape is declared here.
 */
export interface RuntimeError {
  code: string;
  message?: string;
}

export interface CustomFunctionsRuntime {
  associate(id: string, fn: (...args: never[]) => unknown): void;
  Error: new (code: string, message?: string) => RuntimeError;
  ErrorCode: { invalidValue: string; divisionByZero: string; invalidNumber: string };
}

class StandaloneError implements RuntimeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** Functions a page without Excel "associated"; the demo can call them by id. */
const standaloneAssociations = new Map<string, (...args: never[]) => unknown>();

/** Stand-in when no Excel runtime is loaded (the browser demo, node): records, never throws. */
const standaloneRuntime: CustomFunctionsRuntime = {
  associate(id, fn) {
    standaloneAssociations.set(id, fn);
  },
  Error: StandaloneError,
  ErrorCode: { invalidValue: "#VALUE!", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
};

/**
 * Excel's `CustomFunctions` when office.js provides it, else the stand-in. Resolved once when the
 * functions module loads, which is also when the generated `associate` calls run; office.js is
 * loaded before our bundle, so in Excel this is always the real runtime.
 */
export function resolveCustomFunctions(): CustomFunctionsRuntime {
  const g = globalThis as { CustomFunctions?: CustomFunctionsRuntime };
  return g.CustomFunctions && typeof g.CustomFunctions.associate === "function" ? g.CustomFunctions : standaloneRuntime;
}

export function standaloneFunction(id: string): ((...args: never[]) => unknown) | undefined {
  return standaloneAssociations.get(id);
}

/** Finnish when Excel's UI is Finnish, English otherwise (Office may not be loaded at all). */
export function functionLanguage(): Lang {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
    const language = office?.context?.displayLanguage ?? "";
    return language.toLowerCase().startsWith("fi") ? "fi" : "en";
  } catch {
    return "en";
  }
}

/** A FunctionError's message in `lang`, argument names translated too. */
export function functionErrorMessage(error: FunctionError, lang: Lang): string {
  const t = makeTranslator(lang, functionMessages);
  const params = { ...error.params };
  if (typeof params.arg === "string") params.arg = t(`arg.${params.arg}`);
  for (const name of ["sum", "value"] as const) {
    const v = params[name];
    if (typeof v === "string" && lang === "fi") params[name] = v.replace(".", ",");
  }
  return t(error.key, params);
}

/**
 * Runs a function's logic and turns a FunctionError into the runtime's error value. Excel shows
 * custom messages only with #VALUE! (and #N/A), so #DIV/0! and #NUM! go without one. Any other
 * exception is a bug and is thrown on, not disguised as a user error.
 */
export function runFunction<T>(runtime: CustomFunctionsRuntime, body: () => T): T | RuntimeError {
  try {
    return body();
  } catch (e) {
    if (!(e instanceof FunctionError)) throw e;
    switch (e.code) {
      case "#VALUE!":
        return new runtime.Error(runtime.ErrorCode.invalidValue, functionErrorMessage(e, functionLanguage()));
      case "#DIV/0!":
        return new runtime.Error(runtime.ErrorCode.divisionByZero);
      default:
        return new runtime.Error(runtime.ErrorCode.invalidNumber);
    }
  }
}
