/** The token of an `Authorization: Bearer <token>` header (the scheme is case-insensitive), else undefined. */
export function bearerTokenOf(authorization: string | undefined): string | undefined {
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i.exec(authorization?.trim() ?? '');
  return match?.[1];
}
