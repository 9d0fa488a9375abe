import { requireAdmin } from '$lib/server/guards';
import type { LayoutServerLoad } from './$types';

/** Every /admin page is for operators: the login page for visitors, the 403 page for players. */
export const load: LayoutServerLoad = async ({ locals, url }) => {
  requireAdmin(locals, url);
  return {};
};
