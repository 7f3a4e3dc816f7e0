/** `ILIKE %text%` with the user's wildcards escaped, so "50%" matches literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
