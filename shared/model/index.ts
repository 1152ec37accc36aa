export * from './schema';
export * from './errors';
export * from './restore';
export * from './patch';
export * from './ids';
export * from './commands';
export * from './history';
