import { Lang } from "../core/options";
import { Translate, makeTranslator } from "../i18n/translate";
import { CliIO, EXIT_UNUSABLE } from "./io";
import { cliMessages } from "./messages";
import { UsageError } from "./args";
import { XlsxReadError } from "../hosts/xlsx";
import { describeError } from "../i18n/errors";
import { TextReadError } from "./input";
import { OutputError } from "./output";

/** What every command gets: where to write and how to word things. */
export interface CommandContext {
  io: CliIO;
  lang: Lang;
  t: Translate;
}

export function makeContext(io: CliIO, lang: Lang): CommandContext {
  return { io, lang, t: makeTranslator(lang, cliMessages) };
}

/** One line on stderr, prefixed with the program's name, and the "unusable" exit code. */
export function fail(ctx: CommandContext, message: string): number {
  ctx.io.err(`budjettitarkistin: ${message.replace(/\s*\n\s*/g, " ")}\n`);
  return EXIT_UNUSABLE;
}

/** Turns the errors a command may meet into one line each; anything else is a bug and says so. */
export function failFromError(ctx: CommandContext, error: unknown): number {
  const { t } = ctx;
  if (error instanceof UsageError) {
    const params = { ...error.params };
    if (params.expected) params.expected = t(params.expected);
    return fail(ctx, `${t(error.key, params)}. ${t("usage.hint")}`);
  }
  if (error instanceof XlsxReadError) return fail(ctx, describeError(error, t));
  if (error instanceof OutputError) {
    return fail(ctx, `${error.path}: ${t(`error.output.${error.reason}`, { detail: error.detail ?? "", kind: error.kind === "xlsx" ? ".xlsx" : "HTML" })}`);
  }
  if (error instanceof TextReadError) return fail(ctx, `${error.path}: ${t("error.file.not-text")}`);
  const detail = error instanceof Error ? error.message : String(error);
  return fail(ctx, t("error.internal", { detail }));
}
