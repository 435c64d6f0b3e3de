export * from './area-geometry';
export * from './containing-area';
