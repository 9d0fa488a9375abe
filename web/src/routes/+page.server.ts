import { api } from '$lib/api';
import type { PageServerLoad } from './$types';

interface Readiness {
  status: 'ready' | 'unavailable';
  checks: Record<string, { ok: boolean; latencyMs: number }>;
}

export const load: PageServerLoad = async ({ fetch }) => {
  try {
    return { readiness: await api<Readiness>(fetch, '/readyz') };
  } catch {
    return { readiness: null };
  }
};
