import { IssuedOpen311ClientView, Open311ClientView } from '@waystation/http-api';
import { IssuedOpen311Client } from './open311-clients.service';
import { Open311Client } from './open311-client.entity';

export function toOpen311ClientView(client: Open311Client): Open311ClientView {
  return {
    id: client.id,
    name: client.name,
    contact: client.contact,
    createdAt: client.createdAt.toISOString(),
    revokedAt: client.revokedAt?.toISOString() ?? null,
  };
}

export function toIssuedOpen311ClientView({ client, apiKey }: IssuedOpen311Client): IssuedOpen311ClientView {
  return { ...toOpen311ClientView(client), apiKey };
}
