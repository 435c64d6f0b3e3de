export { APPS, type AppName, type SystemLayout } from './apps';
export { DATABASES } from './databases';
export { WaystationSystem, type SystemOptions } from './system';
