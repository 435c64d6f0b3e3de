import { GeoPoint, ReportCategory } from '@waystation/contracts';
import { z } from 'zod';

export const reportStatusSchema = z.enum(['submitted', 'confirmed', 'rejected']);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

export interface ReportHistoryEntryView {
  status: ReportStatus;
  actorId: string;
  note: string | null;
  at: string;
}

export interface ReportView {
  id: string;
  reporterId: string;
  category: ReportCategory;
  description: string;
  location: GeoPoint;
  address: string | null;
  photoUrls: string[];
  status: ReportStatus;
  submittedAt: string;
  reviewedAt: string | null;
  reviewedBy: string | null;
  rejectionReason: string | null;
  history: ReportHistoryEntryView[];
}
