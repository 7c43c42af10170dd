export * from './types.js';
export {
  createNlu,
  analyse,
  buildNluModel,
  extractEntities,
  LOW_CONFIDENCE_THRESHOLD,
} from './understand.js';
export type { Nlu, NluModel, NluModelOptions } from './understand.js';
export type { TrainingExample } from './intent-classifier.js';
export { loadLabeledUtterances, loadTrainingSet, parseLabeledUtterances } from './training-set.js';
