/** A LIKE/ILIKE pattern matching `text` anywhere: `%` and `_` typed in a search are letters, not wildcards. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
