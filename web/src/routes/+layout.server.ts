import type { LayoutServerLoad } from './$types';

/** The signed-in player (or null) for the nav; hooks.server.ts loaded it from the session cookies. */
export const load: LayoutServerLoad = async ({ locals }) => {
  return { user: locals.user };
};
