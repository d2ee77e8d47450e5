import { api } from './client';
import type { components } from './schema';

/** What this server offers (its currency, whether it has reviews, its payment methods): part of its configuration. */
export type InstanceFeatures = components['schemas']['InstanceFeatures'];

export const instanceApi = {
  features: (signal?: AbortSignal) => api.get<InstanceFeatures>('/instance', signal),
};
