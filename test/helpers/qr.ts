import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';

/** Reads a QR code drawn as SVG the way a phone camera would: rasterized, then decoded. */
export function decodeQrSvg(svg: string): string | undefined {
	const image = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, font: { loadSystemFonts: false } }).render();
	return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}
