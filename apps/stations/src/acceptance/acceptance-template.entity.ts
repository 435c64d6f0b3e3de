import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface ChecklistItem {
  code: string;
  label: { zh: string; en: string };
  required: boolean;
}

/** A checklist the city office set; the newest one is the one inspections use unless they name another. */
@Entity({ name: 'acceptance_templates' })
export class AcceptanceTemplate {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('jsonb')
  items!: ChecklistItem[];

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
