/**
 * The components organizers may write in an .mdx body without importing them: their names and props.
 * One list for the sanitizer (what survives into the page), the content check (what is refused, and
 * how to write it instead) and the guide. Props are always plain quoted text: no {expressions}.
 */
import { LOCAL_IMAGE } from '../images/files';

/** What a prop's value must look like. */
export type PropForm = 'text' | 'id' | 'local-image' | 'web-link' | 'callout-type';

export interface PropSpec {
	form: PropForm;
	required: boolean;
}

export interface ComponentSpec {
	props: Record<string, PropSpec>;
	/** Whether the component wraps Markdown (`<Callout>…</Callout>`) or stands alone (`<SessionLink … />`). */
	children: 'markdown' | 'none' | 'ordered-list';
	/** For link components: the collection their id points into. */
	collection?: 'sessions' | 'speakers' | 'tracks';
	/** A correct use to copy; ID stands for an id of `collection` (the content check fills in a real one). */
	example: string;
}

/** The kinds of callout, each with its own label and colour. */
export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

const required = (form: PropForm): PropSpec => ({ form, required: true });
const optional = (form: PropForm): PropSpec => ({ form, required: false });

/** Every component an .mdx body may use, by name. */
export const MDX_COMPONENTS = {
	Callout: {
		props: { type: required('callout-type') },
		children: 'markdown',
		example: '<Callout type="note">\n알릴 내용 / what to say\n</Callout>',
	},
	SessionLink: { props: { id: required('id') }, children: 'none', collection: 'sessions', example: '<SessionLink id="ID" />' },
	SpeakerLink: { props: { id: required('id') }, children: 'none', collection: 'speakers', example: '<SpeakerLink id="ID" />' },
	TrackLink: { props: { id: required('id') }, children: 'none', collection: 'tracks', example: '<TrackLink id="ID" />' },
	Figure: {
		props: { src: required('local-image'), alt: required('text'), caption: optional('text') },
		children: 'none',
		example: '<Figure src="./photo.jpg" alt="사진에 보이는 것 / what the photo shows" caption="사진 설명 / caption" />',
	},
	LinkCard: {
		props: { href: required('web-link'), title: required('text'), description: optional('text') },
		children: 'none',
		example: '<LinkCard href="https://example.com/" title="제목 / title" description="설명 / description" />',
	},
	Steps: { props: {}, children: 'ordered-list', example: '<Steps>\n\n1. 첫 단계 / first step\n2. 다음 단계 / next step\n\n</Steps>' },
} as const satisfies Record<string, ComponentSpec>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** The allowed component names, in the order the guide lists them. */
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];

/** Whether a JSX name is one of the allowed components. */
export function isMdxComponent(name: string | null | undefined): name is MdxComponentName {
	return typeof name === 'string' && Object.hasOwn(MDX_COMPONENTS, name);
}

/**
 * Whether a prop value has the form its spec asks for (ids existing is the content check's job).
 * @example propFormOk('web-link', 'javascript:alert(1)') // false
 */
export function propFormOk(form: PropForm, value: string): boolean {
	switch (form) {
		case 'text':
			return value.trim() !== '';
		case 'id':
			return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
		case 'local-image':
			return /^\.{1,2}\//.test(value) && !value.includes('?') && !value.includes('#') && LOCAL_IMAGE.test(value);
		case 'web-link':
			return /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(value);
		case 'callout-type':
			return (CALLOUT_TYPES as readonly string[]).includes(value);
	}
}
