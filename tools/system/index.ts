export {
  APPS,
  appUrl,
  databaseVariable,
  GATEWAY_MANAGEMENT,
  gatewayTokenEnvironment,
  managementPort,
  SERVICE_URL_VARIABLES,
  type AppName,
  type SystemLayout,
} from './apps';
export { DATABASES } from './databases';
export { type GatewayReplica, WaystationSystem, type SystemOptions } from './system';
export { buildWebApp } from './web-app-build';
