import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'district_targets' })
export class DistrictTarget {
  @PrimaryColumn({ name: 'district_code', type: 'text' })
  districtCode!: string;

  @PrimaryColumn('integer')
  year!: number;

  @Column({ name: 'planned_count', type: 'integer' })
  plannedCount!: number;

  @Column({ name: 'set_by', type: 'text' })
  setBy!: string;

  @Column({ name: 'set_at', type: 'timestamptz' })
  setAt!: Date;
}
