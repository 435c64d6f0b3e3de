import { eventCatalog } from './catalog';
import { reportSubmittedV1 } from './events/report-submitted.v1';
import { eventJsonSchema } from './json-schema';

describe(eventJsonSchema.name, () => {
  it.each(eventCatalog)('pins the type and version of $type v$version', (definition) => {
    const schema = eventJsonSchema(definition);

    expect(schema).toMatchObject({
      title: `${definition.type}.v${definition.version}`,
      description: definition.description,
      properties: { type: { const: definition.type }, version: { const: definition.version } },
    });
  });

  it('describes what consumers accept: defaulted fields optional, added fields allowed', () => {
    const payload = eventJsonSchema(reportSubmittedV1).properties?.payload;

    expect(payload).toMatchObject({ type: 'object' });
    expect(payload).not.toHaveProperty('additionalProperties', false);
    expect(typeof payload === 'object' && payload.required).not.toContain('photoUrls');
  });
});
