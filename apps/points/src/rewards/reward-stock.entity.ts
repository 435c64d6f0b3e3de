import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How many of a reward a collection station has left to redeem; `remaining` null when unlimited. */
@Entity({ name: 'reward_stocks' })
export class RewardStock {
  @PrimaryColumn({ name: 'reward_id', type: 'uuid' })
  rewardId!: string;

  @PrimaryColumn({ name: 'station_id', type: 'uuid' })
  stationId!: string;

  @Column({ type: 'integer', nullable: true })
  remaining!: number | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
