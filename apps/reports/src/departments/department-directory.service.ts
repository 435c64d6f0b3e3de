import { Injectable } from '@nestjs/common';
import { Actor, departmentCodeSchema, LocalizedText } from '@waystation/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  DepartmentExistsError,
  DepartmentNotFoundError,
  DepartmentsStaffOnlyError,
  RoutingAdminOnlyError,
  UnknownDepartmentsError,
} from './department-errors';
import { Department } from './department.entity';

export interface DepartmentDefinition {
  name: LocalizedText;
  contact: string;
  districts: string[];
}

/** The city office's departments: anyone on staff may read them, only an admin changes them. */
@Injectable()
export class DepartmentDirectory {
  constructor(private readonly dataSource: DataSource) {}

  list(actor: Actor): Promise<Department[]> {
    mustBeCityStaff(actor);
    return this.dataSource.getRepository(Department).find({ order: { code: 'ASC' } });
  }

  async get(code: string): Promise<Department> {
    // A path segment that is no department code (control characters PostgreSQL would refuse) names no department.
    if (!departmentCodeSchema.safeParse(code).success) throw new DepartmentNotFoundError(code);
    const department = await this.dataSource.getRepository(Department).findOneBy({ code });
    if (!department) throw new DepartmentNotFoundError(code);
    return department;
  }

  /** Adds a department; the same definition sent again (a retry) answers the department, `created` false. */
  async create(actor: Actor, code: string, definition: DepartmentDefinition): Promise<{ department: Department; created: boolean }> {
    mustBeAdmin(actor);
    const { name, contact, districts } = definition;
    const inserted = await this.dataSource.query<unknown[]>(
      `INSERT INTO departments (code, name_zh, name_en, contact, districts, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (code) DO NOTHING RETURNING code`,
      [code, name['zh-CN'], name.en, contact, districts, actor.id],
    );
    const department = await this.get(code);
    if (inserted.length === 0 && !sameDefinition(department, definition)) throw new DepartmentExistsError(code);
    return { department, created: inserted.length > 0 };
  }

  async update(actor: Actor, code: string, changes: Partial<DepartmentDefinition>): Promise<Department> {
    mustBeAdmin(actor);
    const department = await this.get(code);
    await this.dataSource.getRepository(Department).update(
      { code },
      {
        nameZh: changes.name?.['zh-CN'] ?? department.nameZh,
        nameEn: changes.name?.en ?? department.nameEn,
        contact: changes.contact ?? department.contact,
        districts: changes.districts ?? department.districts,
        updatedBy: actor.id,
        updatedAt: new Date(),
      },
    );
    return this.get(code);
  }

  /** Of `codes`, in their order, the departments that serve `districtCode` (the city-wide ones serve every district). */
  async serving(manager: EntityManager, codes: readonly string[], districtCode: string | null): Promise<string[]> {
    const rows = await manager.query<{ code: string }[]>(
      `SELECT code FROM departments WHERE code = ANY($1::text[]) AND (cardinality(districts) = 0 OR $2::text = ANY(districts))`,
      [codes, districtCode],
    );
    return codes.filter((code) => rows.some((row) => row.code === code));
  }

  /** The names of the departments `codes` name, by code, in `manager`'s transaction. */
  async namesOf(manager: EntityManager, codes: readonly string[]): Promise<Map<string, LocalizedText>> {
    const found = await manager.findBy(Department, { code: In([...codes]) });
    return new Map(found.map((department) => [department.code, { 'zh-CN': department.nameZh, en: department.nameEn }]));
  }

  /** Refuses codes that name no department, in `manager`'s transaction. */
  async mustExist(manager: EntityManager, codes: readonly string[]): Promise<void> {
    const found = await manager.findBy(Department, { code: In([...codes]) });
    const missing = codes.filter((code) => !found.some((department) => department.code === code));
    if (missing.length > 0) throw new UnknownDepartmentsError(missing);
  }
}

export function mustBeAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new RoutingAdminOnlyError(actor.role);
}

export function mustBeCityStaff(actor: Actor): void {
  if (actor.role === 'worker') throw new DepartmentsStaffOnlyError(actor.role);
}

function sameDefinition(department: Department, { name, contact, districts }: DepartmentDefinition): boolean {
  return (
    department.nameZh === name['zh-CN'] &&
    department.nameEn === name.en &&
    department.contact === contact &&
    department.districts.join() === districts.join()
  );
}
