export { generateNarrative } from './generateNarrative';
export { noteLines } from './renderText';
export { parseInputsJson, jsonKeyOf, jsonSyntaxProblem } from './inputsJson';
export { priorFromModel, mergeInputs } from './priorFromModel';
export * from './types';
