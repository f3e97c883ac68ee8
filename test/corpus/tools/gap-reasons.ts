/**
 * Why the engine does not yet read what a fixture's `gaps` list, in a sentence per table, for
 * docs/corpus.md. Tables without an entry get a plain description of what is missing.
 */
export const GAP_REASONS: Record<string, string> = {};
