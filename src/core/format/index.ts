/** Figures for readers: one formatter, one table of language separators, one decimals policy. */
export { formatFigure, formatSigned, findingFigure, figureOrDash } from "./figure";
export { AS_READ, upTo, decimalsFor } from "./decimals";
export type { DecimalsPolicy } from "./decimals";
export { separators } from "./language";
export type { Separators } from "./language";
