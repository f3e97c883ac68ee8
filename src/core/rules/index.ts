import { Rule } from "./types";

/** Every rule family, in report order. */
export const RULES: Rule[] = [];
