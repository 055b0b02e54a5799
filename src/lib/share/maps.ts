/**
 * A Naver Map search for a place (the map Korean visitors use most), opened in the app or browser.
 * @example naverMapSearchUrl('서울드래곤시티') // "https://map.naver.com/p/search/%EC%84%9C..."
 */
export function naverMapSearchUrl(query: string): string {
	return `https://map.naver.com/p/search/${encodeURIComponent(query)}`;
}

/**
 * A Kakao Map search for a place.
 * @example kakaoMapSearchUrl('서울드래곤시티') // "https://map.kakao.com/?q=%EC%84%9C..."
 */
export function kakaoMapSearchUrl(query: string): string {
	return `https://map.kakao.com/?q=${encodeURIComponent(query)}`;
}
