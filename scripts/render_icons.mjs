// Renders extension/icons/icon.svg to the PNG sizes the extension manifests name (16, 32, 48
// and 128 px, transparent outside the rounded square) with headless Chromium. The PNGs are
// committed, so a release build needs no browser; run this after changing the SVG:
//   node scripts/render_icons.mjs
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/harness.mjs';

const ICON_SIZES = [16, 32, 48, 128];
const dir = join(import.meta.dirname, '../extension/icons');
const svg = await readFile(join(dir, 'icon.svg'), 'utf8');
const browser = await launchBrowser();
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
    await page.locator('svg').screenshot({ path: join(dir, `icon-${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
