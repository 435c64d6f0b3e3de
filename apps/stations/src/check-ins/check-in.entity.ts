import { CheckInMethod, CheckOutReason } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A worker's stay at a station, open until they check out or the time limit does. */
@Entity({ name: 'station_check_ins' })
export class CheckIn {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'station_id', type: 'uuid' })
  stationId!: string;

  @Column({ name: 'worker_id', type: 'text' })
  workerId!: string;

  @Column('text')
  method!: CheckInMethod;

  @Column({ name: 'checked_in_at', type: 'timestamptz' })
  checkedInAt!: Date;

  @Column({ name: 'checked_out_at', type: 'timestamptz', nullable: true })
  checkedOutAt!: Date | null;

  @Column({ name: 'check_out_reason', type: 'text', nullable: true })
  checkOutReason!: CheckOutReason | null;
}
