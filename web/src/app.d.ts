// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Profile } from '$lib/types';

declare global {
  namespace App {
    interface Error {
      code?: string;
      message: string;
    }
    interface Locals {
      /** The signed-in player, loaded from `GET /api/auth/me` by hooks.server.ts; null when signed out. */
      user: Profile | null;
      /** The access token for server-side API calls (`Authorization: Bearer`); never sent to the browser. */
      token: string | null;
    }
  }
}

export {};
