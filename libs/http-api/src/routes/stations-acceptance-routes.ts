import { idCursorPageQuerySchema, pageSchemaOf } from '../common/page';
import {
  acceptanceTemplateViewSchema,
  createAcceptanceTemplateSchema,
  inspectionViewSchema,
  recordInspectionSchema,
} from '../stations/acceptance';
import { defineRoute } from './route';

/** The stations service's internal API for acceptance (验收): checklist templates and inspections. */
export const StationsAcceptanceRoutes = {
  createTemplate: defineRoute({
    method: 'POST',
    path: '/acceptance/templates',
    body: createAcceptanceTemplateSchema,
    response: acceptanceTemplateViewSchema,
  }),
  listTemplates: defineRoute({
    method: 'GET',
    path: '/acceptance/templates',
    query: idCursorPageQuerySchema,
    response: pageSchemaOf(acceptanceTemplateViewSchema),
  }),
  recordInspection: defineRoute({
    method: 'POST',
    path: '/stations/:id/inspections',
    body: recordInspectionSchema,
    response: inspectionViewSchema,
  }),
  listInspections: defineRoute({
    method: 'GET',
    path: '/stations/:id/inspections',
    query: idCursorPageQuerySchema,
    response: pageSchemaOf(inspectionViewSchema),
  }),
};
