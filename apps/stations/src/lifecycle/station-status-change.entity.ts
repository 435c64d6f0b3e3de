import { StationStatus } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One move of a station along its lifecycle; `from` is null for the status it entered the registry with. */
@Entity({ name: 'station_status_history' })
export class StationStatusChange {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'station_id', type: 'uuid' })
  stationId!: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  from!: StationStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  to!: StationStatus;

  @Column('text')
  reason!: string;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy!: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;

  @Column({ name: 'inspection_id', type: 'uuid', nullable: true })
  inspectionId!: string | null;
}
