/** A share as a whole percentage for people to read: 0 of nobody is 0 %, and 199 of 200 is 99 %, never a rounded-up 100 %. */
export function percent(part: number, whole: number): number {
  if (whole <= 0) return 0;
  const exact = (part / whole) * 100;
  return part < whole ? Math.min(99, Math.round(exact)) : Math.round(exact);
}

interface Named {
  id: string;
  name: string;
}

interface Counts {
  delivered: number;
  opened: number;
  confirmed: number;
}

/** One bar: a department's subtree, or the people of the shown department itself (`direct`, not drillable). */
export interface BarRow extends Counts {
  id: string;
  name: string;
  hasChildren: boolean;
  direct: boolean;
}

/** The part of a statistics answer the breakdown is drawn from (`ReceiptStatistics`). */
export interface Level {
  department?: Named | null;
  path: Named[];
  direct: Counts;
  departments: (Named & Counts & { hasChildren: boolean })[];
}

/** The breadcrumb of the shown level, from the top department down to the one shown. */
export function breadcrumb(level: Level): Named[] {
  return level.department ? [...level.path, level.department] : level.path;
}

/**
 * The bars of a level: each child department's subtree, then the recipients of the shown department
 * itself (and at the top those in no department), so the bars add up to the level's totals.
 */
export function barsOf(level: Level): BarRow[] {
  const children = level.departments.map((department) => ({ ...department, direct: false }));
  if (level.direct.delivered === 0) return children;
  return [
    ...children,
    {
      id: `${level.department?.id ?? 'top'}:direct`,
      name: level.department?.name ?? '',
      hasChildren: false,
      direct: true,
      delivered: level.direct.delivered,
      opened: level.direct.opened,
      confirmed: level.direct.confirmed,
    },
  ];
}
