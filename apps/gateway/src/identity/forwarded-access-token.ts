import type { Actor } from '@waystation/contracts';

/**
 * The verified access token each authenticated caller came with, kept beside the actor the guard made of it, so
 * that a call to a service on that actor's behalf forwards the same token (the service verifies it itself).
 */
const tokens = new WeakMap<Actor, string>();

export function rememberAccessToken(actor: Actor, accessToken: string): void {
  tokens.set(actor, accessToken);
}

export function accessTokenOf(actor: Actor): string | undefined {
  return tokens.get(actor);
}
