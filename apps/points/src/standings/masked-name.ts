/**
 * A display name as a leaderboard shows it: the first character, the rest masked, so co-workers can recognise
 * themselves without the board naming anyone. A name of one character is masked whole.
 */
export function maskedName(displayName: string | null): string {
  const characters = [...(displayName ?? '').trim()];
  if (characters.length <= 1) return '***';
  return `${characters[0]}${'*'.repeat(Math.min(characters.length - 1, 3))}`;
}
