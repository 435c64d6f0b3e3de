import { StationServiceCode } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn, VirtualColumn } from 'typeorm';

const signUpsWith = (status: string) => (alias: string) =>
  `(SELECT count(*) FROM station_session_sign_ups s WHERE s.session_id = ${alias}.id AND s.status = '${status}')`;
const count = { type: 'integer', transformer: { from: Number, to: (value: unknown) => value } } as const;

/** A session of one of a station's services, with a number of places. */
@Entity({ name: 'station_sessions' })
export class StationSession {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'station_id', type: 'uuid' })
  stationId!: string;

  @Column({ name: 'service_code', type: 'text' })
  serviceCode!: StationServiceCode;

  @Column({ name: 'title_zh', type: 'text' })
  titleZh!: string;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn!: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column('integer')
  places!: number;

  @Column({ name: 'scheduled_by', type: 'text' })
  scheduledBy!: string;

  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt!: Date;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'idempotency_fingerprint', type: 'text', nullable: true })
  idempotencyFingerprint!: string | null;

  @VirtualColumn({ query: signUpsWith('confirmed'), ...count })
  confirmed?: number;

  @VirtualColumn({ query: signUpsWith('waitlisted'), ...count })
  waitlisted?: number;
}
