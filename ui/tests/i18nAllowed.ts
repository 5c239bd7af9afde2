// What the literal-text lint (i18n.test.ts) lets through.

/** Words that read the same in every language: the product's name, file formats and codes. */
export const LITERAL_ALLOWED = new Set<string>(['Waypoint']);
