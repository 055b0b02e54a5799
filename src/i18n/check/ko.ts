/**
 * The content check's words in Korean: the reference for every language's keys (src/i18n/check/index.ts
 * checks the others). Messages are said as "한국어 / English"; `{name}` slots are filled by the rule.
 */
export default {
	// YAML that cannot be read: a hint for the mistakes organizers make most, then the rules.
	'yaml.indentation': '한 줄에 ": " 가 두 번 있거나 들여쓰기가 맞지 않습니다. 글에 ": " 가 있으면 따옴표로 감싸세요',
	'yaml.quote': '따옴표가 닫히지 않았습니다',
	'yaml.comma': '[ ] 목록에 쉼표가 빠졌거나 ] 로 닫히지 않았습니다',
	'yaml.twice': '같은 항목이 두 번 있습니다',
	'yaml.colon': '콜론(:) 뒤에 공백이 없거나 들여쓰기가 맞지 않습니다',
	'yaml.tabs': '들여쓰기에 탭 대신 공백을 씁니다',
	'yaml-syntax.expected': '올바른 YAML: 콜론(:) 뒤에 공백 한 칸, 따옴표는 짝을 맞추고, ": " 나 # 이 들어간 글은 따옴표로 감싸기, 같은 항목은 한 번만',
	// Files as files.
	'missing-event.found': '파일 없음',
	'missing-event.expected': '행사 이름, 날짜, 시간대, 장소, 세션장을 담은 event.yaml',
	'unread-file.expected':
		'사이트는 event.yaml 과 sessions/, speakers/, tracks/, results/ (영어는 en/ 아래) 의 .md 파일, slides/ 의 PDF, 그리고 이미지만 읽습니다. 보관용 파일은 _ 로 시작하는 폴더에',
	'bad-file-name.expected': '파일 이름이 id 입니다: 영문 소문자, 숫자, 하이픈만',
	'no-frontmatter.found': '머리말 없음',
	'no-frontmatter.expected': '파일 맨 위에 --- 줄 사이의 머리말',
	'duplicate-file.expected': 'id 하나에 파일 하나: 둘 중 하나를 지우거나 이름을 바꾸세요',
	'orphan-translation.expected': '같은 이름의 한국어 파일({korean})이 없습니다. 파일 이름을 맞추세요',
	// The event file.
	'event-date.expected': '달력에 있는 날짜 YYYY-MM-DD',
	'duplicate-room.found': '{item} 과 같음',
	'duplicate-room.expected': '세션장마다 다른 id',
	// References.
	'none-yet': '없음',
	'reference.repeated': '같은 id 는 한 번만',
	'reference.unknown': '{where} 에 있는 id 중 하나: {ids}',
	'where.rooms': 'content/event.yaml 의 rooms',
	'where.speakers': 'content/speakers/',
	'where.tracks': 'content/tracks/',
	'slides.unknown': 'content/slides/ 에 있는 PDF: {names}',
	// Times.
	'nonexistent-time.expected': '그날 그 시간대에 없는 시각입니다 (서머타임 전환)',
	'room-overlap.expected': '{other} 세션이 같은 장소를 {time} 에 씁니다. 장소나 시간을 바꾸세요 (취소된 세션은 status: cancelled)',
	'speaker-overlap.expected': '발표자 {speaker} 은(는) 같은 시간({time})에 {other} 에서도 발표합니다. 한 사람은 한 곳에만',
	'word.or': '또는',
} as const;
