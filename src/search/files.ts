/** The name of a language's vocabulary (src/search/spelling.ts) under <site root>/search/. */
export function vocabularyFile(language: string): string {
  return `vocabulary-${language}.json`;
}
