import { InspectionResult } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface ItemResult {
  itemCode: string;
  required: boolean;
  result: InspectionResult;
  photoUrl: string | null;
}

@Entity({ name: 'acceptance_inspections' })
export class AcceptanceInspection {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'station_id', type: 'uuid' })
  stationId!: string;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId!: string;

  @Column({ name: 'inspector_id', type: 'text' })
  inspectorId!: string;

  @Column({ name: 'inspected_at', type: 'timestamptz' })
  inspectedAt!: Date;

  @Column('boolean')
  passed!: boolean;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column('jsonb')
  results!: ItemResult[];
}
