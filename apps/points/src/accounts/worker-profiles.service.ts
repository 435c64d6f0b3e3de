import { Injectable } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AccountAccessDeniedError } from './account-access.error';

/** A worker's display name (for the leaderboards, shown masked) and whether they appear there. */
@Injectable()
export class WorkerProfiles {
  constructor(private readonly dataSource: DataSource) {}

  /** Keeps the newest name: an older event delivered late does not undo a newer one. */
  async rename(manager: EntityManager, workerId: string, displayName: string | null, at: Date): Promise<void> {
    await manager.query(
      `INSERT INTO worker_profiles (worker_id, display_name, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (worker_id) DO UPDATE SET display_name = EXCLUDED.display_name, updated_at = EXCLUDED.updated_at
        WHERE worker_profiles.updated_at <= EXCLUDED.updated_at`,
      [workerId, displayName, at],
    );
  }

  async erase(manager: EntityManager, workerId: string): Promise<void> {
    await manager.query(`DELETE FROM worker_profiles WHERE worker_id = $1`, [workerId]);
  }

  /** A worker chooses for themselves whether they appear on the leaderboards. */
  async setOnLeaderboard(actor: Actor, workerId: string, onLeaderboard: boolean): Promise<boolean> {
    if (actor.role !== 'worker' || actor.id !== workerId) throw new AccountAccessDeniedError();
    await this.dataSource.query(
      `INSERT INTO worker_profiles (worker_id, on_leaderboard, updated_at) VALUES ($1, $2, '-infinity')
       ON CONFLICT (worker_id) DO UPDATE SET on_leaderboard = EXCLUDED.on_leaderboard`,
      [workerId, onLeaderboard],
    );
    return onLeaderboard;
  }
}
