export { DEMO_AREAS } from './demo-areas';
export * from './demo-accounts';
export { DEMO_SESSIONS, DEMO_STATIONS } from './demo-data';
export { GatewaySession, signInByPhone, signInWithPassword } from './gateway-session';
export { seedDemo } from './seed-demo';
export { submitOnceMapped } from './first-report';
export { cameraJpeg, type CameraJpegOptions } from './camera-jpeg';
