import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a failed inspection asks to fix by when; a later passed inspection of the station resolves it. */
@Entity({ name: 'rectification_items' })
export class RectificationItem {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'inspection_id', type: 'uuid' })
  inspectionId!: string;

  @Column({ name: 'station_id', type: 'uuid' })
  stationId!: string;

  @Column({ name: 'item_code', type: 'text' })
  itemCode!: string;

  @Column('text')
  action!: string;

  /** YYYY-MM-DD. */
  @Column('date')
  deadline!: string;

  @Column({ name: 'resolved_by_inspection_id', type: 'uuid', nullable: true })
  resolvedByInspectionId!: string | null;
}
