import { z } from 'zod';

/**
 * A place in the city map by its administrative division code: a district (区) has 6 digits, a street (街道) 9,
 * a community (社区) 12, each extending its parent's code (Jiangxia district 420115, a street 420115001, a
 * community 420115001001).
 */
export const areaCodeSchema = z.string().regex(/^\d{6}(\d{3}){0,2}$/, 'an area code has 6 (district), 9 (street) or 12 (community) digits');
export type AreaCode = z.infer<typeof areaCodeSchema>;

export const AreaLevels = ['district', 'street', 'community'] as const;
export const areaLevelSchema = z.enum(AreaLevels);
export type AreaLevel = z.infer<typeof areaLevelSchema>;

const LEVEL_BY_LENGTH: Record<number, AreaLevel> = { 6: 'district', 9: 'street', 12: 'community' };

export function areaLevelOf(code: AreaCode): AreaLevel {
  return LEVEL_BY_LENGTH[code.length];
}

/** Whether `code` is `ancestor` itself or lies inside it (a community inside its street and district). */
export function isWithinArea(code: AreaCode, ancestor: AreaCode): boolean {
  return code.startsWith(ancestor);
}

/** A community's code (12 digits): what a station or a report belongs to. */
export const communityCodeSchema = areaCodeSchema.regex(/^\d{12}$/, 'a community code has 12 digits');

/** The code of the area `code` lies directly in (a community's street, a street's district); null for a district. */
export function parentAreaCodeOf(code: AreaCode): AreaCode | null {
  return code.length > 6 ? code.slice(0, -3) : null;
}

/** The district an area lies in (itself, for a district). */
export function districtCodeOf(code: AreaCode): AreaCode {
  return code.slice(0, 6);
}

/** A district's code (6 digits), as targets and progress are counted by. */
export const districtCodeSchema = z.string().regex(/^\d{6}$/, 'a district code has 6 digits');
