import { SignUpStatus } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn, VirtualColumn } from 'typeorm';

/** A worker's sign-up for a session: holding a place, waiting for one, or cancelled. */
@Entity({ name: 'station_session_sign_ups' })
export class SessionSignUp {
  @PrimaryColumn('uuid')
  id!: string;

  /** The order sign-ups of a session were taken in (they are taken one at a time, under the session's lock). */
  @Column({ type: 'bigint', insert: false, update: false, transformer: { from: String, to: (value: unknown) => value } })
  seq!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ name: 'worker_id', type: 'text' })
  workerId!: string;

  @Column('text')
  status!: SignUpStatus;

  @Column({ name: 'signed_up_at', type: 'timestamptz' })
  signedUpAt!: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'attended_at', type: 'timestamptz', nullable: true })
  attendedAt!: Date | null;

  @Column({ name: 'attendance_marked_by', type: 'text', nullable: true })
  attendanceMarkedBy!: string | null;

  /** Waiting sign-ups of the same session taken before this one, plus one. */
  @VirtualColumn({
    query: (alias) =>
      `(SELECT count(*) + 1 FROM station_session_sign_ups w WHERE w.session_id = ${alias}.session_id AND w.status = 'waitlisted' AND w.seq < ${alias}.seq)`,
    type: 'integer',
    transformer: { from: Number, to: (value: unknown) => value },
  })
  queuePosition?: number;
}
