import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APPLE_TOUCH_ICON, ICONS, MANIFEST_ICONS } from '../../../src/lib/offline/icons';
import { THEME_COLOURS, webAppManifest } from '../../../src/lib/offline/manifest';

/** Width and height from a PNG's IHDR chunk (PNG specification, section 11.2.2). */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(data.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('webAppManifest', () => {
  it('starts and stays within the base path, for a sub-path and for a domain root', () => {
    for (const base of ['/flow-and-stability/', '/']) {
      const manifest = webAppManifest(base);
      expect(manifest.start_url).toBe(base);
      expect(manifest.scope).toBe(base);
      expect(manifest.id).toBe(base);
      for (const icon of manifest.icons) expect(icon.src.startsWith(base)).toBe(true);
    }
  });

  // Chrome's installability criteria (web.dev/articles/install-criteria): a name or short_name,
  // icons of 192 and 512 pixels, a start_url, display standalone, fullscreen or minimal-ui.
  it('meets the installability criteria: names, standalone display, 192 and 512 pixel icons, a maskable one', () => {
    const manifest = webAppManifest('/flow-and-stability/');
    expect(manifest.name.length).toBeGreaterThan(0);
    expect(manifest.short_name.length).toBeLessThanOrEqual(16);
    expect(['standalone', 'minimal-ui', 'fullscreen']).toContain(manifest.display);
    const sizes = manifest.icons.filter((i) => i.purpose === 'any').map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512')).toBe(true);
  });

  it('uses the page background of each theme, as global.css defines it', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    expect(css).toContain(`--color-bg: light-dark(${THEME_COLOURS.light}, ${THEME_COLOURS.dark});`);
    expect(webAppManifest('/').background_color).toBe(THEME_COLOURS.light);
  });
});

describe('icons', () => {
  it('every icon is a PNG of the size the manifest states (rendered by scripts/icons/render.mjs)', () => {
    for (const icon of ICONS) expect(pngSize(`public/${icon.file}`), icon.file).toEqual({ width: icon.size, height: icon.size });
  });

  it('the manifest lists every icon but the Apple touch icon', () => {
    expect(ICONS).toEqual([...MANIFEST_ICONS, APPLE_TOUCH_ICON]);
    expect(MANIFEST_ICONS).not.toContain(APPLE_TOUCH_ICON);
  });
});
