import { Injectable } from '@nestjs/common';
import { Actor, StationServiceCode } from '@waystation/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  StationServiceTypeExistsError,
  StationServiceTypeManagementNotAllowedError,
  UnknownStationServiceError,
} from './station-service-type-errors';
import { StationServiceType } from './station-service-type.entity';

export interface NewStationServiceType {
  code: StationServiceCode;
  names: { 'zh-CN': string; en: string };
}

/** The vocabulary of station services: read by everyone, extended by the city office. */
@Injectable()
export class StationServiceTypes {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<StationServiceType[]> {
    return this.dataSource.getRepository(StationServiceType).find({ order: { builtIn: 'DESC', code: 'ASC' } });
  }

  /** Adds a service type; adding one that exists with the same names is a retry and answers it (`created: false`). */
  async add(actor: Actor, command: NewStationServiceType): Promise<{ serviceType: StationServiceType; created: boolean }> {
    if (actor.role !== 'admin') throw new StationServiceTypeManagementNotAllowedError(actor.role);
    const repository = this.dataSource.getRepository(StationServiceType);
    const inserted = await repository
      .createQueryBuilder()
      .insert()
      .values({
        code: command.code,
        nameZh: command.names['zh-CN'],
        nameEn: command.names.en,
        builtIn: false,
        createdAt: new Date(),
        createdBy: actor.id,
      })
      .orIgnore()
      .returning('*')
      .execute();
    const serviceType = await repository.findOneByOrFail({ code: command.code });
    const created = inserted.raw.length > 0;
    if (!created && (serviceType.nameZh !== command.names['zh-CN'] || serviceType.nameEn !== command.names.en)) {
      throw new StationServiceTypeExistsError(command.code);
    }
    return { serviceType, created };
  }

  /** Throws naming every code that is not a service type. */
  async assertKnown(manager: EntityManager, codes: StationServiceCode[]): Promise<void> {
    if (codes.length === 0) return;
    const known = await manager.getRepository(StationServiceType).findBy({ code: In(codes) });
    const unknown = codes.filter((code) => !known.some((type) => type.code === code));
    if (unknown.length > 0) throw new UnknownStationServiceError(unknown);
  }
}
