/** Validators for the conference-app feeds against the vendored c3voc schemas (test/schemas/c3voc/). */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import { root } from './paths';

const run = promisify(execFile);
const schemaDir = `${root}test/schemas/c3voc/`;

// The schema is draft-06 and uses a few annotations of its own ($oneOf, $todo): known to ajv only as
// annotations, so strict mode is off; formats are checked (ajv-formats, plus the schema's "color").
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(draft06);
addFormats(ajv);
ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
const validate = ajv.compile(JSON.parse(await readFile(`${schemaDir}schema.json`, 'utf8')));

/** The c3voc JSON Schema's complaints about a schedule document (empty when it is valid). */
export function jsonScheduleProblems(doc: unknown): string[] {
	if (validate(doc)) return [];
	return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** xmllint's complaints about a frab schedule XML against the vendored XSD (empty when it is valid). */
export async function xmlScheduleProblems(xml: string): Promise<string[]> {
	const dir = await mkdtemp(join(tmpdir(), 'schedule-xml-'));
	try {
		const file = join(dir, 'schedule.xml');
		await writeFile(file, xml);
		await run('xmllint', ['--noout', '--schema', `${schemaDir}schedule.xml.xsd`, file]);
		return [];
	} catch (error) {
		const e = error as NodeJS.ErrnoException & { stderr?: string };
		if (e.code === 'ENOENT') throw new Error('xmllint is missing: install Debian’s libxml2-utils (.ci/run does).');
		return (e.stderr ?? String(error)).split('\n').filter((l) => l && !/validates$/.test(l));
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
