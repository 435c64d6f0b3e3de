import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventCatalog, parseEvent } from '../catalog';
import { EventValidationError } from '../event-validation.error';

interface InvalidFixture {
  case: string;
  expectedErrorPath: string;
  message: unknown;
}

const validDir = join(__dirname, 'fixtures');
const invalidDir = join(validDir, 'invalid');

const jsonFilesIn = (dir: string) => readdirSync(dir).filter((file) => file.endsWith('.json'));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const fixtureFileOf = ({ type, version }: { type: string; version: number }) => `${type.replaceAll('.', '-')}.v${version}.json`;

function rejectionOf(raw: unknown): EventValidationError {
  try {
    parseEvent(raw);
  } catch (error) {
    if (error instanceof EventValidationError) return error;
    throw error;
  }
  throw new Error('Expected the message to be rejected');
}

describe('event fixtures', () => {
  it.each(eventCatalog.map(fixtureFileOf))('has a valid fixture %s for every event in the catalog', (file) => {
    expect(jsonFilesIn(validDir)).toContain(file);
  });

  it.each(jsonFilesIn(validDir))('parses %s as the event its file name says', (file) => {
    const event = parseEvent(readJson(join(validDir, file)));

    expect(fixtureFileOf(event)).toBe(file);
  });

  it.each(jsonFilesIn(invalidDir))('rejects %s naming only the bad field', (file) => {
    const fixture = readJson(join(invalidDir, file)) as InvalidFixture;

    const error = rejectionOf(fixture.message);

    expect(error.issues).toEqual([expect.objectContaining({ path: fixture.expectedErrorPath })]);
    expect(error.message).toContain(`${fixture.expectedErrorPath}: `);
  });
});
