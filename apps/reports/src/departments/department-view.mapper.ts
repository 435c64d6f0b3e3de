import { DepartmentView } from '@waystation/http-api';
import { Department } from './department.entity';

export function toDepartmentView(department: Department): DepartmentView {
  return {
    code: department.code,
    name: { 'zh-CN': department.nameZh, en: department.nameEn },
    contact: department.contact,
    districts: department.districts,
    updatedBy: department.updatedBy,
    updatedAt: department.updatedAt.toISOString(),
  };
}
