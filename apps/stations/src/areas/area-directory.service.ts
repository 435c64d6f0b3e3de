import { Injectable } from '@nestjs/common';
import { AreaCode, AreaLevel, Page, PageRequest, toPage } from '@waystation/contracts';
import { DataSource, FindOptionsWhere, MoreThan } from 'typeorm';
import { AreaNotFoundError } from './area-errors';
import { Area } from './area.entity';

export interface AreaFilter {
  level?: AreaLevel;
  parent?: AreaCode;
}

/** Reads the city map. */
@Injectable()
export class AreaDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async get(code: AreaCode): Promise<Area> {
    const area = await this.dataSource.getRepository(Area).findOneBy({ code });
    if (!area) throw new AreaNotFoundError(code);
    return area;
  }

  /** Areas ordered by code, so a district is followed by its streets' and communities' codes. */
  async list({ level, parent }: AreaFilter, { cursor, limit }: PageRequest): Promise<Page<Area>> {
    const where: FindOptionsWhere<Area> = {
      ...(level ? { level } : {}),
      ...(parent ? { parentCode: parent } : {}),
      ...(cursor ? { code: MoreThan(cursor) } : {}),
    };
    const rows = await this.dataSource.getRepository(Area).find({ where, order: { code: 'ASC' }, take: limit + 1 });
    return toPage(
      rows,
      limit,
      (area) => area,
      (area) => area.code,
    );
  }
}
