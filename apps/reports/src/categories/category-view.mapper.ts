import { ReportCategoryRef } from '@waystation/contracts';
import { ReportCategoryView } from '@waystation/http-api';
import { ReportCategory } from './report-category.entity';

export function toReportCategoryView(category: ReportCategory): ReportCategoryView {
  return {
    code: category.code,
    group: category.group,
    name: { 'zh-CN': category.nameZh, en: category.nameEn },
    description: { 'zh-CN': category.descriptionZh, en: category.descriptionEn },
    private: category.private,
    active: category.active,
    sortOrder: category.sortOrder,
    questions: category.questions,
    updatedAt: category.updatedAt.toISOString(),
  };
}

/** How reports, their views and their events name a category. */
export function categoryRefOf(category: Pick<ReportCategory, 'code' | 'group' | 'nameZh' | 'nameEn'>): ReportCategoryRef {
  return { code: category.code, group: category.group, name: { 'zh-CN': category.nameZh, en: category.nameEn } };
}
