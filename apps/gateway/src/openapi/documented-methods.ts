import type { OpenAPIObject } from '@nestjs/swagger';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * For a request path, the methods the document gives it (upper case, HEAD wherever GET is, as Express answers
 * it); undefined for a path the document does not know. A path the document names as it is (`/areas/import`)
 * has that entry's methods alone, as OpenAPI matches concrete paths before templated ones (`/areas/{code}`);
 * a path matching several templates gets the methods of all of them.
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
    const templates = routes.filter((route) => route.pattern.test(path));
    if (templates.length === 0) return undefined;
    const concrete = templates.filter((route) => route.concrete);
    const matching = concrete.length > 0 ? concrete : templates;
    const methods = new Set(matching.flatMap((route) => route.methods));
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods];
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
