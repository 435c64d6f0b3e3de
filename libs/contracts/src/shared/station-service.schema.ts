/** The services every city has; the city office adds more as station service types of its own. */
export const BUILT_IN_STATION_SERVICES = [
  'free-clinic',
  'legal-aid',
  'psychological-counselling',
  'employment-policy-advice',
  'social-events',
  'haircut',
] as const;
