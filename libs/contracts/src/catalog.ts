import { eventMessageName, type EventOf } from './define-event';
import { eventEnvelopeSchema } from './envelope';
import { EventValidationError } from './event-validation.error';
import { accountClosedV1 } from './events/account-closed.v1';
import { accountRegisteredV1 } from './events/account-registered.v1';
import { accountUpdatedV1 } from './events/account-updated.v1';
import { areaUpsertedV1 } from './events/area-upserted.v1';
import { notificationCreatedV1 } from './events/notification-created.v1';
import { pointsAdjustedV1 } from './events/points-adjusted.v1';
import { pointsCreditedV1 } from './events/points-credited.v1';
import { pointsExpiredV1 } from './events/points-expired.v1';
import { pointsExpiringV1 } from './events/points-expiring.v1';
import { pointsReservedV1 } from './events/points-reserved.v1';
import { pointsVoidedV1 } from './events/points-voided.v1';
import { pointsDebitedV1 } from './events/points-debited.v1';
import { redemptionCancelledV1 } from './events/redemption-cancelled.v1';
import { redemptionExpiredV1 } from './events/redemption-expired.v1';
import { redemptionFulfilledV1 } from './events/redemption-fulfilled.v1';
import { redemptionPlacedV1 } from './events/redemption-placed.v1';
import { reportConfirmedV1 } from './events/report-confirmed.v1';
import { reportConfirmedV2 } from './events/report-confirmed.v2';
import { reportConfirmedV3 } from './events/report-confirmed.v3';
import { reportOverdueV1 } from './events/report-overdue.v1';
import { reportPhotoAddedV1 } from './events/report-photo-added.v1';
import { reportPhotoAddedV2 } from './events/report-photo-added.v2';
import { reportRejectedV1 } from './events/report-rejected.v1';
import { reportMergedV1 } from './events/report-merged.v1';
import { reportResolvedV1 } from './events/report-resolved.v1';
import { reportReopenedV1 } from './events/report-reopened.v1';
import { reportClosedV1 } from './events/report-closed.v1';
import { reportDispatchedV1 } from './events/report-dispatched.v1';
import { reportUpdatedV1 } from './events/report-updated.v1';
import { reportWithdrawnV1 } from './events/report-withdrawn.v1';
import { reportSubmittedV1 } from './events/report-submitted.v1';
import { reportSubmittedV2 } from './events/report-submitted.v2';
import { reportSubmittedV3 } from './events/report-submitted.v3';
import { stationAcceptedV1 } from './events/station-accepted.v1';
import { stationCreatedV1 } from './events/station-created.v1';
import { stationUpdatedV1 } from './events/station-updated.v1';
import { stationStatusChangedV1 } from './events/station-status-changed.v1';
import { stationCheckedInV1 } from './events/station-checked-in.v1';
import { stationCheckedOutV1 } from './events/station-checked-out.v1';
import { stationSessionAttendedV1 } from './events/station-session-attended.v1';
import { stationSessionCancelledV1 } from './events/station-session-cancelled.v1';
import { stationSessionScheduledV1 } from './events/station-session-scheduled.v1';
import { stationSessionSignedUpV1 } from './events/station-session-signed-up.v1';

/** Every event version still published; consumers accept all of them. */
export const eventCatalog = [
  accountRegisteredV1,
  accountUpdatedV1,
  accountClosedV1,
  stationCreatedV1,
  stationUpdatedV1,
  areaUpsertedV1,
  stationStatusChangedV1,
  stationAcceptedV1,
  stationCheckedInV1,
  stationCheckedOutV1,
  stationSessionScheduledV1,
  stationSessionSignedUpV1,
  stationSessionCancelledV1,
  stationSessionAttendedV1,
  reportSubmittedV1,
  reportSubmittedV2,
  reportSubmittedV3,
  reportPhotoAddedV1,
  reportPhotoAddedV2,
  reportConfirmedV1,
  reportConfirmedV2,
  reportConfirmedV3,
  reportRejectedV1,
  reportMergedV1,
  reportResolvedV1,
  reportReopenedV1,
  reportClosedV1,
  reportOverdueV1,
  reportDispatchedV1,
  reportUpdatedV1,
  reportWithdrawnV1,
  pointsCreditedV1,
  pointsReservedV1,
  pointsAdjustedV1,
  pointsVoidedV1,
  pointsExpiringV1,
  pointsExpiredV1,
  pointsDebitedV1,
  redemptionPlacedV1,
  redemptionFulfilledV1,
  redemptionCancelledV1,
  redemptionExpiredV1,
  notificationCreatedV1,
] as const;

export type AnyEventDefinition = (typeof eventCatalog)[number];

/** A union over every event in the catalog: narrow it with `switch (event.type)`. */
export type AnyEvent = EventOf<AnyEventDefinition>;

const definitionsByName = new Map<string, AnyEventDefinition>(eventCatalog.map((definition) => [eventMessageName(definition), definition]));

export function findEventDefinition(type: string, version: number): AnyEventDefinition | undefined {
  return definitionsByName.get(eventMessageName({ type, version }));
}

/** Validates the envelope, then the payload of that type and version; throws `EventValidationError`. */
export function parseEvent(raw: unknown): AnyEvent {
  const envelope = eventEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    throw EventValidationError.fromZodError(envelope.error);
  }

  const { type, version } = envelope.data;
  const definition = findEventDefinition(type, version);
  if (!definition) {
    throw unknownEventError(type, version);
  }

  const event = definition.schema.safeParse(raw);
  if (!event.success) {
    throw EventValidationError.fromZodError(event.error);
  }
  return event.data;
}

function unknownEventError(type: string, version: number): EventValidationError {
  const knownVersions = eventCatalog.filter((definition) => definition.type === type).map((d) => d.version);
  if (knownVersions.length === 0) {
    return new EventValidationError([{ path: 'type', message: `Unknown event type "${type}"` }]);
  }
  return new EventValidationError([{ path: 'version', message: `${type} has no version ${version} (known: ${knownVersions.join(', ')})` }]);
}
