/**
 * QR codes as inline SVG, made at build time with the `qrcode` library: no JavaScript reaches the page.
 */
import QRCode from 'qrcode';

/**
 * An SVG QR code of a URL, labelled for screen readers. Medium error correction survives a
 * smudged printout; the quiet zone (margin) of 4 modules is what the standard asks for.
 * @example await qrSvg('https://techday.example.com/', 'QR code: https://techday.example.com/')
 */
export async function qrSvg(url: string, label: string): Promise<string> {
	const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
	const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
	// The library writes a bare <svg>: give it a role and a name, and let CSS size it.
	return svg.replace(/^<svg /, `<svg role="img" aria-label="${escaped}" `);
}
