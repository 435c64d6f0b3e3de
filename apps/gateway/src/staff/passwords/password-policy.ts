/** The longest password hashed: Argon2 takes any length, but a megabyte-long one is only a way to burn CPU. */
export const MAX_PASSWORD_LENGTH = 128;
export const MIN_PASSWORD_LENGTH = 12;

/**
 * Why a password is refused for `username`, or undefined (NIST SP 800-63B, OWASP): length is what counts, no
 * composition rules; a password that is or contains the username is refused.
 */
export function passwordPolicyProblem(password: string, username: string): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `a password needs at least ${MIN_PASSWORD_LENGTH} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `a password has at most ${MAX_PASSWORD_LENGTH} characters`;
  if (password.toLowerCase().includes(username.toLowerCase())) return 'a password must not contain the username';
  return undefined;
}
