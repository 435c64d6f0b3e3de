import type { OpenAPIObject } from '@nestjs/swagger';
import { documentedMethods } from './documented-methods';

const document = {
  openapi: '3.1.0',
  info: { title: 'test', version: '1' },
  paths: {
    '/api/v1/stations': { get: { responses: {} }, post: { responses: {} } },
    '/api/v1/stations/nearby': { get: { responses: {} } },
    '/api/v1/stations/{id}': { get: { responses: {} } },
    '/api/v1/reports/{id}/confirm': { post: { responses: {} } },
    '/api/v1/areas/import': { post: { responses: {} } },
    '/api/v1/areas/{code}': { get: { responses: {} } },
  },
} as unknown as OpenAPIObject;

describe(documentedMethods.name, () => {
  const sut = documentedMethods(document);

  it('gives the methods of a documented path, with HEAD beside GET', () => {
    expect(sut('/api/v1/stations')?.sort()).toEqual(['GET', 'HEAD', 'POST']);
  });

  it('fills path parameters with one segment each', () => {
    expect(sut('/api/v1/reports/0195a6b8-28fa-7a0b-bea1-6a2755fe89d4/confirm')).toEqual(['POST']);
    expect(sut('/api/v1/reports/a/b/confirm')).toBeUndefined();
  });

  it('joins the methods of every template a path matches', () => {
    expect(sut('/api/v1/stations/nearby')?.sort()).toEqual(['GET', 'HEAD']);
  });

  it('gives a path the document names as it is only its own methods, not those of a template it also matches', () => {
    expect(sut('/api/v1/areas/import')).toEqual(['POST']);
    expect(sut('/api/v1/areas/420115')?.sort()).toEqual(['GET', 'HEAD']);
  });

  it('knows nothing of undocumented paths', () => {
    expect(sut('/api/v1/nowhere')).toBeUndefined();
    expect(sut('/api/v1/stations.json')).toBeUndefined();
  });
});
