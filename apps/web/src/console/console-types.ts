import type { Schemas } from '../api/api-client';

export type Report = Schemas['ReportViewDto_Output'];
export type QueuedReport = Schemas['ReviewQueuePageDto_Output']['items'][number];
export type ReportPhoto = Report['photos'][number];
export type Localized = { 'zh-CN': string; en: string };

export const SEVERITIES = ['low', 'medium', 'high', 'urgent'] as const;
export const REJECTION_REASONS = ['not-a-problem', 'duplicate', 'insufficient-evidence', 'outside-our-area', 'private-matter'] as const;

/** A name the API gives in both languages, in the console's language. */
export const localized = (names: Localized, language: string): string => (language === 'en' ? names.en : names['zh-CN']);
