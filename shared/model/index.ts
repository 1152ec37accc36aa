export * from './schema';
export * from './errors';
export * from './restore';
export * from './patch';
export { arrayPosition, isJsonContainer, isPrototypeKey, pointerParent, type JsonContainer } from './pointer';
export * from './ids';
export * from './commands';
export * from './history';
