export { generateNarrative } from './generateNarrative';
export { noteLines } from './renderText';
export { parseInputsJson, jsonKeyOf } from './inputsJson';
export { priorFromModel, mergeInputs } from './priorFromModel';
export * from './types';
