import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed password sign-ins for one username as typed (known or not): what slows down and locks the next ones. */
@Entity('staff_sign_in_attempts')
export class SignInAttempt {
  @PrimaryColumn('text')
  username!: string;

  @Column('integer')
  failures!: number;

  @Column('timestamptz', { name: 'last_failure_at', nullable: true })
  lastFailureAt!: Date | null;

  @Column('timestamptz', { name: 'locked_until', nullable: true })
  lockedUntil!: Date | null;
}
