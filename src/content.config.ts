import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { devTolerant } from './loaders/dev-tolerant';
import { contentDir } from './lib/settings';
import { eventSchema } from './schemas/event';
import { ResultSchema, ResultTranslationSchema } from './schemas/result';
import { SessionSchema, SessionTranslationSchema } from './schemas/session';
import { speakerSchema, SpeakerTranslationSchema } from './schemas/speaker';
import { trackSchema, TrackTranslationSchema } from './schemas/track';

/** Korean files live in content/<name>/, their English words in content/en/<name>/ (devTolerant: a wrong file never stops `astro dev`). */
const markdown = (dir: string) => devTolerant(glob({ pattern: '*.{md,mdx}', base: `${contentDir}/${dir}` }));

export const collections = {
	event: defineCollection({ loader: devTolerant(glob({ pattern: 'event.yaml', base: contentDir })), schema: ({ image }) => eventSchema(image) }),
	sessions: defineCollection({ loader: markdown('sessions'), schema: SessionSchema }),
	sessionsEn: defineCollection({ loader: markdown('en/sessions'), schema: SessionTranslationSchema }),
	speakers: defineCollection({ loader: markdown('speakers'), schema: ({ image }) => speakerSchema(image) }),
	speakersEn: defineCollection({ loader: markdown('en/speakers'), schema: SpeakerTranslationSchema }),
	tracks: defineCollection({ loader: markdown('tracks'), schema: ({ image }) => trackSchema(image) }),
	tracksEn: defineCollection({ loader: markdown('en/tracks'), schema: TrackTranslationSchema }),
	results: defineCollection({ loader: markdown('results'), schema: ResultSchema }),
	resultsEn: defineCollection({ loader: markdown('en/results'), schema: ResultTranslationSchema }),
};
