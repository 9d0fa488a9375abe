import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ out: 'build' }),
    // CSRF: SvelteKit refuses cross-origin form posts; keep it on.
    csrf: { trustedOrigins: [] },
    // Content-Security-Policy: no inline script without SvelteKit's per-response nonce (its own
    // bootstrap script gets one), nothing from other origins, no framing. Inline *styles* stay
    // allowed: app.html's wrapper and Svelte's style: directives write style attributes.
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
      },
    },
  },
};

export default config;
