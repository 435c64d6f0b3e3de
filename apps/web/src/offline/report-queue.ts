import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { ApiProblem } from '../api/api-problem';
import type { components } from '../api/gateway-api.generated';

type Schemas = components['schemas'];
export type SubmitReport = Schemas['SubmitReportDto'];
export type ReportView = Schemas['ReportViewDto_Output'];

/** A report as the worker captured it, its photos as Blobs: everything needed to send it later, with the same key. */
export interface CapturedReport {
  /** The signed-in worker who captured it: only their session lists and sends it, whoever signs in on the phone next. */
  reporterId: string;
  /** Generated at capture: a retry (after a lost answer, or the next day) creates the report once. */
  idempotencyKey: string;
  capturedAt: string;
  report: Omit<SubmitReport, 'photoIds' | 'capturedAt'>;
  photos: Blob[];
}

/** A captured report on the device: waiting to be sent, or refused for good, kept (without its photos) so the worker sees why. */
export type QueuedReport = CapturedReport & { refusal: { status: number; code: string } | null };

/** How the gateway is reached; a failure is an ApiProblem when it answered, any other error when it could not be reached. */
export interface ReportSender {
  uploadPhoto(photo: Blob, idempotencyKey: string): Promise<string>;
  submitReport(report: SubmitReport, idempotencyKey: string): Promise<ReportView>;
}

export type SendOutcome = { sent: ReportView } | { kept: unknown } | { refused: ApiProblem };

interface QueueSchema extends DBSchema {
  reports: { key: string; value: QueuedReport };
}

/** Answers that a later retry of the very same request may get past: signed out, too fast, the server's own trouble. */
const RETRYABLE_STATUSES = new Set([401, 408, 425, 429]);

/** The problem a report can never get past, whenever it is sent again (it is malformed, too old, not the caller's to send). */
export function refusesForGood(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem && error.status >= 400 && error.status < 500 && !RETRYABLE_STATUSES.has(error.status);
}

export const openQueueDatabase = (name = 'waystation-offline'): Promise<IDBPDatabase<QueueSchema>> =>
  openDB<QueueSchema>(name, 1, {
    upgrade(database) {
      database.createObjectStore('reports', { keyPath: 'idempotencyKey' });
    },
  });

/**
 * The reports captured on the device, kept in IndexedDB until the gateway has them: each is sent as its photos and then
 * the report, under the key it was captured with, removed once created (or refused for good), kept on a network error.
 */
export class ReportQueue {
  private database?: Promise<IDBPDatabase<QueueSchema>>;
  private flushing?: Promise<void>;
  private readonly sending = new Map<string, Promise<SendOutcome>>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly open: () => Promise<IDBPDatabase<QueueSchema>>,
    private readonly sender: ReportSender,
  ) {}

  async capture(report: CapturedReport): Promise<void> {
    await (await this.db()).put('reports', { ...report, refusal: null });
    this.changed();
  }

  /** The worker's reports on the device, the earliest captured first. */
  async entries(reporterId: string): Promise<QueuedReport[]> {
    const all = await (await this.db()).getAll('reports');
    return all.filter((entry) => entry.reporterId === reporterId).sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  }

  /** Sends one captured report; a second call while it is on its way waits for the same attempt. */
  send(idempotencyKey: string): Promise<SendOutcome> {
    const inFlight = this.sending.get(idempotencyKey);
    if (inFlight) return inFlight;
    const attempt = this.attempt(idempotencyKey).finally(() => this.sending.delete(idempotencyKey));
    this.sending.set(idempotencyKey, attempt);
    return attempt;
  }

  /**
   * Sends every report of the worker's waiting, in the order captured; stops at the first the network keeps back (the
   * others would be too). Another worker's stay on the device until they sign in again.
   */
  flush(reporterId: string): Promise<void> {
    this.flushing ??= (async () => {
      for (const entry of await this.entries(reporterId)) {
        if (entry.refusal) continue;
        if ('kept' in (await this.send(entry.idempotencyKey))) return;
      }
    })().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  /** Forgets a report: the worker has read why it was refused, or will fix it and submit it again. */
  async dismiss(idempotencyKey: string): Promise<void> {
    await (await this.db()).delete('reports', idempotencyKey);
    this.changed();
  }

  /** Calls `listener` whenever the reports on the device change; the returned function stops that. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async attempt(idempotencyKey: string): Promise<SendOutcome> {
    const entry = await (await this.db()).get('reports', idempotencyKey);
    if (!entry || entry.refusal) return { kept: new Error(`no report ${idempotencyKey} waits to be sent`) };
    try {
      const photoIds: string[] = [];
      for (const [index, photo] of entry.photos.entries()) {
        photoIds.push(await this.sender.uploadPhoto(photo, `${idempotencyKey}.photo-${index}`));
      }
      const sent = await this.sender.submitReport({ ...entry.report, photoIds, capturedAt: entry.capturedAt }, idempotencyKey);
      await this.dismiss(idempotencyKey);
      return { sent };
    } catch (error) {
      if (!refusesForGood(error)) return { kept: error };
      await (await this.db()).put('reports', { ...entry, photos: [], refusal: { status: error.status, code: error.code } });
      this.changed();
      return { refused: error };
    }
  }

  private db(): Promise<IDBPDatabase<QueueSchema>> {
    this.database ??= this.open();
    return this.database;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
