/**
 * Why the engine does not yet read what a fixture's `gaps` list, in a sentence per table, for
 * docs/corpus.md (my reading of the layout, checked against the CLI's output on the built
 * workbook). tools/gaps.ts puts it before the description of what is missing.
 */
export const GAP_REASONS: Record<string, string> = {};
