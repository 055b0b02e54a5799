import { describe, expect, test } from 'vitest';
import { readSiteFile } from '../helpers/site';

/** Text of a built page with tags and entities removed and spaces folded, as a reader sees it. */
async function pageText(url: string): Promise<string> {
	const html = await readSiteFile(`${url}index.html`);
	return html
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/\s+/g, ' ');
}

// Every fact of ../shared/source/FACTS.md, where a visitor would look for it, in both languages.
const facts: [page: string, ko: string[], en: string[]][] = [
	[
		'/',
		['2024 디지털 이노베이션 인사이트', 'Tech-Day', '2024년 11월 25일 (월)', '서울드래곤시티', '과학기술정보통신부', '정보통신산업진흥원'],
		[
			'2024 Digital Innovation Insight',
			'Tech-Day',
			'Monday, 25 November 2024',
			'Seoul Dragon City',
			'Ministry of Science and ICT',
			'National IT Industry Promotion Agency',
		],
	],
	['/', ['구글', 'AWS', '엔비디아', '인텔', '네이버', '카카오'], ['Google', 'AWS', 'NVIDIA', 'Intel', 'Naver', 'Kakao']],
	['/', ['조성준', 'AI 시대, 인류가 갖춰야 할 능력이란 무엇인가'], ['Cho Sungzoon', 'What abilities must humanity have in the AI era?']],
	['/venue/', ['허성욱', 'ICT이노베이션스퀘어', '네이버 지도', '카카오맵'], ['Heo Seong-wook', 'ICT Innovation Square', 'Naver Map', 'Kakao Map']],
	['/speakers/cho-sungzoon/', ['조성준', '서울대학교', '교수'], ['Cho Sungzoon', 'Seoul National University', 'Professor']],
	[
		'/speakers/lee-geonbok/',
		['이건복', '한국마이크로소프트', '상무', '생성형 AI 등 글로벌 AI 트렌드와 전망'],
		['Lee Geon-bok', 'Microsoft Korea', 'Managing Director', 'Global AI trends and outlook, including generative AI'],
	],
	[
		'/speakers/kim-donggyu/',
		['김동규', '칼리버스', '대표', 'AI 기반 초실감형 메타버스 플랫폼의 미래'],
		['Kim Dong-kyu', 'Caliverse', 'CEO', 'The future of AI-based hyper-realistic metaverse platforms'],
	],
	[
		'/tracks/google/',
		['2020년', '머신러닝 부트캠프', 'ICT이노베이션스퀘어', '실시간 객체 탐지', '서비스 배포'],
		['2020', 'Machine Learning Bootcamp', 'ICT Innovation Square', 'real-time object detection', 'as a service'],
	],
	['/tracks/aws/', ['디벨로퍼 부트캠프', '머신러닝', 'AWS 서비스'], ['Developer Bootcamp', 'machine learning', 'AWS services']],
	['/tracks/nvidia/', ['NGC(NVIDIA GPU Cloud)', 'AMR(Automated Mobile Robot)', '로봇'], ['NGC (NVIDIA GPU Cloud)', 'Automated Mobile Robots', 'robots']],
	['/tracks/intel/', ['OpenVINO', '엣지', '인텔 AI 플랫폼', '개발 인프라'], ['OpenVINO', 'edge', "Intel's AI platform", 'development infrastructure']],
	['/tracks/naver/', ['네이버 클라우드', '웹서비스', '서비스 산업'], ['Naver Cloud', 'web services', 'service industries']],
	['/tracks/kakao/', ['KoGPT', 'API', '메타 정보', '카카오 클라우드 플랫폼'], ['KoGPT', 'APIs', 'metadata', 'Kakao cloud platform']],
	[
		'/results/',
		[
			'처음',
			'6개 기업',
			'기업 방문',
			'잡페어',
			'자격증',
			'멘토링',
			'취업',
			'창업',
			'해커톤',
			'현직자 멘토링',
			'이노베이션 컬처',
			'개발자 포럼',
			'오픈 컨퍼런스',
			'해외',
		],
		[
			'first time',
			'six companies',
			'company visits',
			'job fairs',
			'certifications',
			'mentoring',
			'jobs',
			'start-ups',
			'Hackathons',
			'current employees',
			'innovation-culture',
			'developer forums',
			'open conferences',
			'abroad',
		],
	],
];

describe.each(facts)('%s', (page, ko, en) => {
	test.each([
		['ko', page, ko],
		['en', `/en${page}`, en],
	])('%s page %s states the facts', async (_lang, url, expected) => {
		const text = await pageText(url);
		for (const fact of expected) expect(text, `${url} should say "${fact}"`).toContain(fact);
	});
});

test('no time is presented as final: every tentative session says so wherever its time is shown', async () => {
	// Where every time is tentative, the agenda says so once for the page, not per card.
	for (const [url, word] of [
		['/agenda/', '현재 모든 시간은 잠정안이며'],
		['/en/agenda/', 'All times are provisional'],
		['/sessions/keynote/', '시간 미정'],
		['/en/sessions/keynote/', 'Time TBC'],
	] as const) {
		const html = await readSiteFile(`${url}index.html`);
		const times = html.match(/<time datetime="2024-11-25T\d\d:\d\d\+09:00">/g) ?? [];
		expect(times.length, url).toBeGreaterThan(0);
		expect(html, url).toContain(word);
	}
});

test('the venue page links to Naver Map and Kakao Map searches for the venue', async () => {
	for (const url of ['/venue/', '/en/venue/']) {
		const html = await readSiteFile(`${url}index.html`);
		const query = encodeURIComponent('서울드래곤시티');
		expect(html).toContain(`href="https://map.naver.com/p/search/${query}"`);
		expect(html).toContain(`href="https://map.kakao.com/?q=${query}"`);
	}
});
