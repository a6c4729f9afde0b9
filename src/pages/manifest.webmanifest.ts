import type { APIRoute } from 'astro';
import { webAppManifest } from '../lib/offline/manifest';

/** dist/manifest.webmanifest, for this build's base path (src/lib/offline/manifest.ts). */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(webAppManifest(import.meta.env.BASE_URL), null, 2)}\n`, {
    headers: { 'content-type': 'application/manifest+json' },
  });
