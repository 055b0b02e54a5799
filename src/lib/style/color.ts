/** WCAG relative luminance of a "#RRGGBB" colour. */
function relativeLuminance(hex: string): number {
	const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
	const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two "#RRGGBB" colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/**
 * The text colour for a background: white where it meets WCAG AA (4.5:1), as brand labels usually
 * are, otherwise black (which then always does).
 * @example inkFor('#fee500') // "#000000"
 */
export function inkFor(background: string): '#000000' | '#ffffff' {
	return contrastRatio(background, '#ffffff') >= 4.5 ? '#ffffff' : '#000000';
}
