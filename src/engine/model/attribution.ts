import type { TextModel } from './types';

/**
 * Attaches an Attribution to each speech quotation in the model (in place).
 * Owned by the quote family.
 */
export function attributeQuotations(model: TextModel): void {
  void model;
}
