export { DEMO_AREAS } from './demo-areas';
export { DEMO_ADMIN, DEMO_STAFF, DEMO_STATIONS, DEMO_WORKER } from './demo-data';
export { seedDemo } from './seed-demo';
