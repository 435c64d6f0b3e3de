import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, Page, PageRequest, toPage } from '@waystation/contracts';
import { DataSource, IsNull } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { newOpen311ApiKey, open311ApiKeyHash } from './open311-api-key';
import { Open311ApiKeyRefusedError, Open311ClientNotFoundError, Open311ClientsAdminOnlyError } from './open311-client-errors';
import { Open311Client } from './open311-client.entity';

export interface NewOpen311Client {
  name: string;
  contact: string;
}

/** A client just issued, with its api_key: the only time the key is known. */
export interface IssuedOpen311Client {
  client: Open311Client;
  apiKey: string;
}

/**
 * The city systems the city office (admin) lets post Open311 service requests: it issues each a key, shown once,
 * and may revoke it, which takes effect at the next request. A client acts as the actor `open311-client`.
 */
@Injectable()
export class Open311Clients {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async issue(actor: Actor, client: NewOpen311Client): Promise<IssuedOpen311Client> {
    requireAdmin(actor);
    const apiKey = newOpen311ApiKey();
    const row = this.dataSource.manager.create(Open311Client, {
      id: uuidv7(),
      name: client.name,
      contact: client.contact,
      keyHash: open311ApiKeyHash(apiKey),
      createdBy: actor.id,
      createdAt: new Date(),
      revokedBy: null,
      revokedAt: null,
    });
    await this.dataSource.manager.insert(Open311Client, row);
    return { client: row, apiKey };
  }

  async list(actor: Actor, { cursor, limit }: PageRequest): Promise<Page<Open311Client>> {
    requireAdmin(actor);
    const query = this.dataSource
      .getRepository(Open311Client)
      .createQueryBuilder('client')
      .orderBy('client.id', 'ASC')
      .take(limit + 1);
    if (cursor) query.where('client.id > :cursor', { cursor });
    return toPage(
      await query.getMany(),
      limit,
      (client) => client,
      (client) => client.id,
    );
  }

  /** Revokes the client's key; revoking it again changes nothing (the first revocation stands). */
  async revoke(actor: Actor, clientId: string): Promise<Open311Client> {
    requireAdmin(actor);
    const repository = this.dataSource.getRepository(Open311Client);
    await repository.update({ id: clientId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedBy: actor.id });
    const client = await repository.findOneBy({ id: clientId });
    if (!client) throw new Open311ClientNotFoundError(clientId);
    return client;
  }

  /** The actor a key stands for; a key never issued, or revoked, is refused. */
  async actorOf(apiKey: string): Promise<Actor> {
    const client = await this.dataSource
      .getRepository(Open311Client)
      .findOneBy({ keyHash: open311ApiKeyHash(apiKey), revokedAt: IsNull() });
    if (!client) throw new Open311ApiKeyRefusedError();
    return { id: client.id, role: 'open311-client', scopes: { stations: [], communities: [] } };
  }
}

function requireAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new Open311ClientsAdminOnlyError(actor.role);
}
