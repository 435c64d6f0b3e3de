export * from './topics';
export * from './message-headers';
export * from './kafka-principals';
export * from './envelope';
export * from './define-event';
export * from './event-validation.error';
export * from './catalog';
export * from './json-schema';

export * from './shared/account-role.schema';
export * from './shared/actor.schema';
export * from './shared/amenity.schema';
export * from './shared/bounded-text.schema';
export * from './shared/correlation-id.schema';
export * from './shared/geo-point.schema';
export * from './shared/page';
export * from './shared/photo-url.schema';
export * from './shared/report-category.schema';
export * from './shared/report-status.schema';
export * from './shared/station-status.schema';
export * from './shared/utc-timestamp.schema';

export * from './events/account-registered.v1';
export * from './events/station-created.v1';
export * from './events/report-submitted.v1';
export * from './events/report-confirmed.v1';
export * from './events/report-rejected.v1';
export * from './events/points-credited.v1';
