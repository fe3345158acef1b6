export { generateNarrative } from './generateNarrative';
export { renderText } from './renderText';
export * from './types';
