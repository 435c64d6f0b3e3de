import { AcceptanceTemplateView, InspectionView } from '@waystation/http-api';
import { InspectionRecord } from './acceptance-inspections.service';
import { AcceptanceTemplate } from './acceptance-template.entity';

export function toAcceptanceTemplateView(template: AcceptanceTemplate): AcceptanceTemplateView {
  return {
    id: template.id,
    name: template.name,
    items: template.items,
    createdBy: template.createdBy,
    createdAt: template.createdAt.toISOString(),
  };
}

export function toInspectionView({ inspection, rectifications }: InspectionRecord): InspectionView {
  return {
    id: inspection.id,
    stationId: inspection.stationId,
    templateId: inspection.templateId,
    inspectorId: inspection.inspectorId,
    inspectedAt: inspection.inspectedAt.toISOString(),
    passed: inspection.passed,
    notes: inspection.notes,
    results: inspection.results,
    rectifications: rectifications.map((item) => ({
      id: item.id,
      itemCode: item.itemCode,
      action: item.action,
      deadline: item.deadline,
      resolvedByInspectionId: item.resolvedByInspectionId,
    })),
  };
}
