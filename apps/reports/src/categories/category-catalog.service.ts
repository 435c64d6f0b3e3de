import { Injectable } from '@nestjs/common';
import { Actor, ReportCategoryCode, reportCategoryCodeSchema, ReportCategoryGroup, ReportQuestion } from '@waystation/contracts';
import { isDeepStrictEqual } from 'node:util';
import { DataSource, EntityManager } from 'typeorm';
import { CategoryAdminOnlyError, CategoryExistsError, CategoryNotFoundError, CategoryNotOfferedError } from './category-errors';
import { ReportCategory } from './report-category.entity';

type Localized = { 'zh-CN': string; en: string };

/** What the city office says of a category. */
export interface CategoryDefinition {
  group: ReportCategoryGroup;
  name: Localized;
  description: Localized;
  private: boolean;
  active: boolean;
  sortOrder: number;
  questions: ReportQuestion[];
}

export interface CreatedCategory {
  category: ReportCategory;
  /** False when the same category existed already, exactly so: a retried creation. */
  created: boolean;
}

function columnsOf(definition: Partial<CategoryDefinition>): Partial<ReportCategory> {
  const columns: Partial<ReportCategory> = {
    group: definition.group,
    nameZh: definition.name?.['zh-CN'],
    nameEn: definition.name?.en,
    descriptionZh: definition.description?.['zh-CN'],
    descriptionEn: definition.description?.en,
    private: definition.private,
    active: definition.active,
    sortOrder: definition.sortOrder,
    questions: definition.questions,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

/** The report categories the city office configures: reporters see the active ones; admins add and change them. */
@Injectable()
export class CategoryCatalog {
  constructor(private readonly dataSource: DataSource) {}

  listActive(): Promise<ReportCategory[]> {
    return this.dataSource.getRepository(ReportCategory).find({ where: { active: true }, order: { sortOrder: 'ASC', code: 'ASC' } });
  }

  /** Any category, active or not (old reports name deactivated ones). */
  async get(code: string): Promise<ReportCategory> {
    // A path segment that is no category code (control characters PostgreSQL would refuse) names no category.
    if (!reportCategoryCodeSchema.safeParse(code).success) throw new CategoryNotFoundError(code);
    const category = await this.dataSource.getRepository(ReportCategory).findOneBy({ code });
    if (!category) throw new CategoryNotFoundError(code);
    return category;
  }

  /** The category a new report is filed in, read in the report's transaction: it must be on offer. */
  async offered(manager: EntityManager, code: ReportCategoryCode): Promise<ReportCategory> {
    const category = await manager.findOneBy(ReportCategory, { code, active: true });
    if (!category) throw new CategoryNotOfferedError(code);
    return category;
  }

  async create(actor: Actor, code: ReportCategoryCode, definition: CategoryDefinition): Promise<CreatedCategory> {
    assertAdmin(actor);
    const columns = columnsOf(definition);
    return this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ReportCategory)
        .values({ ...columns, code, createdAt: now, updatedAt: now })
        .orIgnore()
        .returning('code')
        .execute();
      const category = await manager.findOneByOrFail(ReportCategory, { code });
      if ((inserted.raw as unknown[]).length > 0) return { category, created: true };
      const same = Object.entries(columns).every(([column, value]) => isDeepStrictEqual(category[column as keyof ReportCategory], value));
      if (!same) throw new CategoryExistsError(code);
      return { category, created: false };
    });
  }

  async update(actor: Actor, code: string, changes: Partial<CategoryDefinition>): Promise<ReportCategory> {
    assertAdmin(actor);
    if (!reportCategoryCodeSchema.safeParse(code).success) throw new CategoryNotFoundError(code);
    const repository = this.dataSource.getRepository(ReportCategory);
    const columns = columnsOf(changes);
    const result = await repository.update({ code }, { ...columns, updatedAt: new Date() });
    if (!result.affected) throw new CategoryNotFoundError(code);
    return repository.findOneByOrFail({ code });
  }
}

function assertAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new CategoryAdminOnlyError(actor.role);
}
