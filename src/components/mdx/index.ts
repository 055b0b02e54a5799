/** The components an .mdx body may use without importing them (the list is src/lib/mdx/components.ts). */
import type { MdxComponentName } from '../../lib/mdx/components';
import BodyImage from './BodyImage.astro';
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import LinkCard from './LinkCard.astro';
import SessionLink from './SessionLink.astro';
import SpeakerLink from './SpeakerLink.astro';
import Steps from './Steps.astro';
import TrackLink from './TrackLink.astro';

/** What EntryBody passes to `<Content components={…} />`; `img` renders the photos of <Figure>. */
export const mdxComponents = {
	Callout,
	SessionLink,
	SpeakerLink,
	TrackLink,
	Figure,
	LinkCard,
	Steps,
	img: BodyImage,
} satisfies Record<MdxComponentName | 'img', unknown>;
