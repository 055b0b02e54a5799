import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { ogCardElement, OG_WIDTH, OG_HEIGHT, type OgCard } from '/work/main/src/lib/share/og-card';
import { ogFontsFor } from '/work/main/src/lib/share/og-pool';
const cards: OgCard[] = Array.from({ length: 40 }, (_, i) => ({ lang: 'ko', shortName: 'Tech-Day', eventName: '2024 디지털 이노베이션 인사이트', dateLabel: '2024년 11월 25일 (월)', kicker: '세션', title: `생성형 AI 시대의 클라우드 인재 양성 전략 ${i}`, time: '11:50–12:30 KST', speakers: '김철수 · 이영희 · 박민수', track: { label: 'AWS · 클라우드 트랙', color: '#ff9900' } }));
const fonts = await ogFontsFor(cards);
const svgs = [];
for (const card of cards) svgs.push(await satori(ogCardElement(card) as any, { width: OG_WIDTH, height: OG_HEIGHT, fonts }));
console.log('svg length', svgs[0].length);
const bg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#1b2d67"/></svg>`;
let tp = 0, tr = 0, tb = 0;
for (const [i, svg] of svgs.entries()) {
  const a = performance.now();
  const r = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } });
  const b = performance.now();
  r.render();
  const c = performance.now();
  new Resvg(bg, { font: { loadSystemFonts: false } }).render();
  const d = performance.now();
  if (i >= 5) { tp += b - a; tr += c - b; tb += d - c; }
}
console.log({ parse: tp / 35, render: tr / 35, bgOnly: tb / 35 });
