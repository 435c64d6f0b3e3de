import { z } from 'zod';
import { defineRoute, pathOf } from './route';

describe(pathOf.name, () => {
  const sut = defineRoute({ method: 'GET', path: '/accounts/:workerId/transactions/:id', response: z.object({}) });

  it('fills in every parameter of the path', () => {
    expect(pathOf(sut, { workerId: 'w-1', id: 'p-2' })).toBe('/accounts/w-1/transactions/p-2');
  });

  it('encodes a parameter as one path segment, so it cannot reach another path', () => {
    expect(pathOf(sut, { workerId: '../reports?x=1', id: 'a b' })).toBe('/accounts/..%2Freports%3Fx%3D1/transactions/a%20b');
  });

  it('leaves a path without parameters as it is', () => {
    expect(pathOf(defineRoute({ method: 'GET', path: '/notifications', response: z.object({}) }), {})).toBe('/notifications');
  });
});
