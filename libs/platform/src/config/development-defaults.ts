import type { z } from 'zod';

/**
 * Refuses, when NODE_ENV=production (as the image sets it), settings left at a default this repository publishes
 * for `npm start` and the tests: a deployment that forgot a secret fails at start, naming it, instead of running
 * on a value anyone can read. Pass to the config schema's superRefine.
 */
export function refuseDevelopmentDefaults<TName extends string>(developmentDefaults: Record<TName, string>) {
  return (config: { NODE_ENV?: string } & Record<TName, unknown>, context: z.RefinementCtx): void => {
    if (config.NODE_ENV !== 'production') return;
    for (const name of Object.keys(developmentDefaults) as TName[]) {
      if (config[name] !== developmentDefaults[name]) continue;
      context.addIssue({
        code: 'custom',
        path: [name],
        message: 'is the development default, which NODE_ENV=production refuses: give this deployment a value of its own',
      });
    }
  };
}
