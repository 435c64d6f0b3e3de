import { asXmlText, parseOpen311Xml } from '@waystation/testing';
import { open311FormatOf, renderOpen311 } from './open311-format';

const services = [
  {
    service_code: 'exposed-garbage',
    service_name: '暴露垃圾 & <废物>',
    description: '垃圾',
    metadata: true,
    type: 'realtime',
    keywords: 'Exposed garbage',
    group: 'environment',
  },
  {
    service_code: 'broken-light',
    service_name: '路灯',
    description: '',
    metadata: false,
    type: 'realtime',
    keywords: 'Light',
    group: 'facilities',
  },
];

const definition = {
  service_code: 'exposed-garbage',
  attributes: [
    {
      variable: true,
      code: 'amount',
      datatype: 'singlevaluelist',
      required: true,
      datatype_description: 'One of the values, by key',
      order: 1,
      description: '多少',
      values: [{ key: 'bag', name: '一袋' }],
    },
    { variable: true, code: 'note', datatype: 'text', required: false, datatype_description: 'Free text', order: 2, description: '备注' },
  ],
};

describe(renderOpen311.name, () => {
  it('answers JSON as the data itself: a list is a bare array', () => {
    expect(JSON.parse(renderOpen311('json', 'services', services))).toEqual(services);
  });

  it('answers well-formed XML with the declaration, the root and each item in its element, holding the same data as the JSON', () => {
    const xml = renderOpen311('xml', 'services', services);

    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?><services><service><service_code>exposed-garbage</service_code>')).toBe(
      true,
    );
    expect(parseOpen311Xml(xml, 'services')).toEqual(asXmlText(services));
  });

  it("nests a service definition's attributes and their values in the spec's elements", () => {
    const xml = renderOpen311('xml', 'service_definition', definition);

    expect(xml).toContain('<attributes><attribute><variable>true</variable>');
    expect(xml).toContain('<values><value><key>bag</key><name>一袋</name></value></values>');
    expect(parseOpen311Xml(xml, 'service_definition')).toEqual(asXmlText(definition));
  });

  it('escapes text that would break the XML', () => {
    expect(renderOpen311('xml', 'services', services)).toContain('暴露垃圾 &amp; &lt;废物&gt;');
  });

  it('writes an empty list as its root alone', () => {
    expect(parseOpen311Xml(renderOpen311('xml', 'service_requests', []), 'service_requests')).toEqual([]);
  });

  it('answers errors as <errors><error> with code and description', () => {
    const errors = [{ code: 404, description: 'report-not-found: gone' }];

    expect(parseOpen311Xml(renderOpen311('xml', 'errors', errors), 'errors')).toEqual([
      { code: '404', description: 'report-not-found: gone' },
    ]);
  });
});

describe(open311FormatOf.name, () => {
  it.each(['json', 'xml'])('takes .%s', (extension) => {
    expect(open311FormatOf(extension)).toBe(extension);
  });

  it('refuses any other extension with 404 format-unknown', () => {
    expect(() => open311FormatOf('csv')).toThrow(
      expect.objectContaining({ problem: expect.objectContaining({ status: 404, code: 'format-unknown' }) }),
    );
  });
});
