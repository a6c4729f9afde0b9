#!/usr/bin/env node
// @ts-check
/**
 * Renders the web app icons (public/icons/*.png) from the favicon art,
 * public/favicon.svg, through the Chromium the e2e suite uses. The PNGs are
 * committed, so a build needs no browser; run this again after changing the
 * favicon:
 *
 *   node scripts/icons/render.mjs
 *
 * "any" icons are the favicon as drawn (rounded corners on a transparent
 * ground). Maskable icons and the Apple touch icon are cropped by the
 * platform, so they fill the whole square with the favicon's ground colour
 * and keep the arrows inside the safe zone: the central circle of 80% of the
 * width (w3c.github.io/manifest/#icon-masks).
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { ICONS } from '../../src/lib/offline/icons.ts';

const favicon = readFileSync('public/favicon.svg', 'utf8');

/**
 * The favicon on a full square ground, its drawing scaled about the centre.
 * @param {string} svg
 * @param {number} scale
 */
export function fullBleed(svg, scale) {
  const ground = /<rect\b[^>]*\/>/.exec(svg)?.[0];
  if (!ground) throw new Error('favicon.svg: expected a <rect> ground as its first shape');
  const square = ground.replace(/\s+r[xy]="[^"]*"/g, '');
  const drawing = svg.slice(svg.indexOf(ground) + ground.length, svg.lastIndexOf('</svg>'));
  const [, , , width = '32', height = '32'] = /viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
  const [cx, cy] = [Number(width) / 2, Number(height) / 2];
  const open = svg.slice(0, svg.indexOf(ground));
  return `${open}${square}<g transform="translate(${cx} ${cy}) scale(${scale}) translate(${-cx} ${-cy})">${drawing}</g></svg>`;
}

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
try {
  for (const icon of ICONS) {
    const svg = icon.purpose === 'any' ? favicon : fullBleed(favicon, 0.8);
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block;width:100vw;height:100vh}</style><img src="${data}" alt="">`,
    );
    await page.locator('img').evaluate((img) => /** @type {HTMLImageElement} */ (img).decode());
    await writeFile(`public/${icon.file}`, await page.screenshot({ omitBackground: true, type: 'png' }));
    await page.close();
    console.log(`public/${icon.file}: ${icon.size}×${icon.size}, ${icon.purpose}`);
  }
} finally {
  await browser.close();
}
