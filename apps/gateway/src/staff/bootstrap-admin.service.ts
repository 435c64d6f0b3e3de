import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { StaffAccounts } from './staff-accounts.service';

export const BOOTSTRAP_ADMIN = Symbol('BOOTSTRAP_ADMIN');

export interface BootstrapAdminSettings {
  username: string;
  password: string;
}

/** Any text, hashed by PostgreSQL to the advisory lock every replica takes to create the first admin. */
const BOOTSTRAP_LOCK = 'waystation:gateway:bootstrap-admin';

/**
 * The first city-office admin, so someone can create the other staff: created on start when no admin account
 * exists. Replicas starting together take the same advisory lock, so exactly one creates it.
 */
@Injectable()
export class BootstrapAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapAdmin.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffAccounts,
    @Inject(BOOTSTRAP_ADMIN) private readonly settings: BootstrapAdminSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const created = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [BOOTSTRAP_LOCK]);
      if (await manager.existsBy(Account, { role: 'admin' })) return false;
      await this.staff.register(
        { ...this.settings, displayName: 'City office admin', role: 'admin', scopes: { stations: [], communities: [] } },
        manager,
      );
      return true;
    });
    if (created) this.logger.log({ username: this.settings.username }, 'created the bootstrap admin account: no admin existed');
  }
}
