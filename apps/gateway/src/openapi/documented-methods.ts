import type { OpenAPIObject } from '@nestjs/swagger';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * For a request path, the methods the document gives it (upper case, HEAD wherever GET is, as Express answers
 * it); undefined for a path the document does not know. As OpenAPI matches paths, a path without parameters
 * (`/stations/import`) wins over the templates it also matches (`/stations/{id}`); a path matching templates
 * only gets the methods of all of them.
 */
export function documentedMethods(document: OpenAPIObject): (path: string) => string[] | undefined {
  const routes = Object.entries(document.paths).map(([template, item]) => ({
    concrete: !template.includes('{'),
    pattern: new RegExp(
      `^${template
        .split(/\{[^}]+\}/)
        .map(escapeRegExp)
        .join('[^/]+')}/?$`,
    ),
    methods: HTTP_METHODS.filter((method) => method in item).map((method) => method.toUpperCase()),
  }));
  return (path) => {
    const templated = routes.filter((route) => route.pattern.test(path));
    const concrete = templated.filter((route) => route.concrete);
    const matching = concrete.length ? concrete : templated;
    if (matching.length === 0) return undefined;
    const methods = new Set(matching.flatMap((route) => route.methods));
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods];
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
