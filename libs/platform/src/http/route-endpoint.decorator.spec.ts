import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { defineRoute } from '@waystation/http-api';
import { z } from 'zod';
import { RouteEndpoint } from './route-endpoint.decorator';

const confirm = defineRoute({ method: 'POST', path: '/things/:id/confirm', response: z.object({}) });
const list = defineRoute({ method: 'GET', path: '/things', response: z.object({}) });
const edit = defineRoute({ method: 'PATCH', path: '/things/:id', response: z.object({}) });
const remove = defineRoute({ method: 'DELETE', path: '/things/:id', response: z.object({}) });

class Sut {
  @RouteEndpoint(confirm)
  confirm(): string {
    return 'confirmed';
  }

  @RouteEndpoint(list)
  list(): string[] {
    return [];
  }

  @RouteEndpoint(edit)
  edit(): string {
    return 'edited';
  }

  @RouteEndpoint(remove)
  remove(): string {
    return 'removed';
  }
}

describe(RouteEndpoint.name, () => {
  it("serves a route at the table's method and path", () => {
    expect(Reflect.getMetadata(METHOD_METADATA, Sut.prototype.confirm)).toBe(RequestMethod.POST);
    expect(Reflect.getMetadata(PATH_METADATA, Sut.prototype.confirm)).toBe('/things/:id/confirm');
    expect(Reflect.getMetadata(METHOD_METADATA, Sut.prototype.list)).toBe(RequestMethod.GET);
    expect(Reflect.getMetadata(PATH_METADATA, Sut.prototype.list)).toBe('/things');
    expect(Reflect.getMetadata(METHOD_METADATA, Sut.prototype.edit)).toBe(RequestMethod.PATCH);
    expect(Reflect.getMetadata(PATH_METADATA, Sut.prototype.edit)).toBe('/things/:id');
    expect(Reflect.getMetadata(METHOD_METADATA, Sut.prototype.remove)).toBe(RequestMethod.DELETE);
    expect(Reflect.getMetadata(PATH_METADATA, Sut.prototype.remove)).toBe('/things/:id');
  });
});
