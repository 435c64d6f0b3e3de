/** Where reports of a category go: in one district, or (districtCode null) the category's default. */
export interface RoutingRule {
  /** Identifies this version of the rule: a change retires it and makes a new one. */
  id: string;
  categoryCode: string;
  districtCode: string | null;
  departments: string[];
  createdBy: string | null;
  createdAt: Date;
}

export interface RoutingRuleRow {
  id: string;
  category_code: string;
  district_code: string | null;
  departments: string[];
  created_by: string | null;
  created_at: Date;
}

export function ruleOf(row: RoutingRuleRow): RoutingRule {
  return {
    id: String(row.id),
    categoryCode: row.category_code,
    districtCode: row.district_code,
    departments: row.departments,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
