// Names to Verify is worked out by the engine from the model's names layer; the editor only shows it.
export { namesToVerify, type NameToVerify } from '../engine/names-to-verify';
