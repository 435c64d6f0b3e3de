import { StationStatus } from '@waystation/contracts';
import { Amenity } from '@waystation/http-api';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'stations' })
export class Station {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  district!: string;

  @Column('text')
  address!: string;

  @Column('double precision')
  lat!: number;

  @Column('double precision')
  lng!: number;

  @Column({ type: 'text', array: true })
  amenities!: Amenity[];

  @Column({ name: 'opening_hours', type: 'text', nullable: true })
  openingHours!: string | null;

  @Column('text')
  status!: StationStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
