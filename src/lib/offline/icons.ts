/**
 * The web app icons, rendered from public/favicon.svg by
 * scripts/icons/render.mjs and committed under public/icons/. Browsers ask
 * for 192 and 512 pixel PNGs (Chrome's install criteria); Android crops a
 * maskable icon to its own shape, so those fill the square and keep the
 * drawing inside the safe zone. iOS ignores the manifest's icons and reads
 * <link rel="apple-touch-icon"> (180 pixels, opaque).
 */
export interface AppIcon {
  /** Site-relative path of the PNG. */
  file: string;
  /** Width and height in pixels. */
  size: number;
  /** "any": drawn as the favicon; "maskable": full-bleed ground, drawing in the safe zone. */
  purpose: 'any' | 'maskable';
}

/** The icons the manifest lists. */
export const MANIFEST_ICONS: readonly AppIcon[] = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/maskable-192.png', size: 192, purpose: 'maskable' },
  { file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
];

/** iOS home screen icon: opaque, so drawn full-bleed like a maskable one. */
export const APPLE_TOUCH_ICON: AppIcon = { file: 'icons/apple-touch-icon.png', size: 180, purpose: 'maskable' };

/** Every PNG scripts/icons/render.mjs writes. */
export const ICONS: readonly AppIcon[] = [...MANIFEST_ICONS, APPLE_TOUCH_ICON];
