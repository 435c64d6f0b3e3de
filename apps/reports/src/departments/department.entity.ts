import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A city department reports are routed to, as the city office configures it. */
@Entity({ name: 'departments' })
export class Department {
  @PrimaryColumn('text')
  code!: string;

  @Column({ name: 'name_zh', type: 'text' })
  nameZh!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  /** How staff reach the department (a phone number, an address): shown to staff, never to workers. */
  @Column('text')
  contact!: string;

  /** The districts it serves; empty for city-wide. */
  @Column({ type: 'text', array: true })
  districts!: string[];

  @Column({ name: 'updated_by', type: 'text', nullable: true })
  updatedBy!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
