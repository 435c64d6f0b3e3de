export * from './common/actor';
export * from './common/page';
export * from './notifications/notification-view';
export * from './points/points-views';
export * from './reports/report-commands';
export * from './reports/report-view';
export * from './stations/station-commands';
export * from './stations/station-view';
