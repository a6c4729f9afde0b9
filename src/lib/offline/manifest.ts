/**
 * The web app manifest (w3c.github.io/manifest/), written at build time by
 * src/pages/manifest.webmanifest.ts for the configured base path, so an
 * installed app opens at the site's home page and stays within the site's
 * folder on a shared host (a GitHub Pages project site).
 */
import { joinBase } from '../paths';
import { MANIFEST_ICONS } from './icons';

/**
 * The page background of each theme (`--color-bg` in src/styles/global.css;
 * a unit test holds them together). Used for the splash screen and the
 * browser's title bar, which then blends into the page.
 */
export const THEME_COLOURS = { light: '#ffffff', dark: '#111418' } as const;

export const APP_NAME = 'Flow & Stability: learn DevOps and SRE';
export const APP_SHORT_NAME = 'Flow & Stability';

export interface WebAppManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr';
  start_url: string;
  scope: string;
  display: 'standalone';
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: 'image/png'; purpose: 'any' | 'maskable' }[];
}

/**
 * The manifest for a site served under `base` ("/" or "/sub/path/", as
 * normaliseBase gives). A manifest has one theme colour; the light one is
 * used here, and each page's <meta name="theme-color"> gives both.
 */
export function webAppManifest(base: string): WebAppManifest {
  return {
    id: base,
    name: APP_NAME,
    short_name: APP_SHORT_NAME,
    description: 'Lessons, calculators and a quiz on DevOps and site reliability engineering. Works offline once visited.',
    lang: 'en',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    theme_color: THEME_COLOURS.light,
    background_color: THEME_COLOURS.light,
    icons: MANIFEST_ICONS.map((icon) => ({
      src: joinBase(base, icon.file),
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
