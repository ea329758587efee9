import type { components } from './schema';

/** Short names for the generated schemas that more than one feature reads. */
export type Schemas = components['schemas'];
export type PersonSummary = Schemas['PersonSummary'];
export type Department = Schemas['Department'];
