import { Resvg } from '@resvg/resvg-js';
const empty = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"></svg>`;
const bg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#1b2d67"/></svg>`;
for (const [name, svg, opts] of [['empty', empty, {}], ['emptyBgOpt', empty, { background: '#1b2d67' }], ['rect', bg, {}]] as const) {
  let t = 0, tp = 0;
  for (let i = 0; i < 40; i++) {
    const a = performance.now();
    const img = new Resvg(svg, { font: { loadSystemFonts: false }, ...opts }).render();
    const b = performance.now();
    img.asPng();
    const c = performance.now();
    if (i >= 5) { t += b - a; tp += c - b; }
  }
  console.log(name, (t / 35).toFixed(2), 'png', (tp / 35).toFixed(2));
}
