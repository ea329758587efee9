/** The doc module's REST shapes, as the contract between the doc helpers fixes them. */

export type SpaceKind = 'DEPARTMENT' | 'PROJECT' | 'PERSONAL';

export interface Capabilities {
  canEdit: boolean;
  canAdmin: boolean;
}

export interface Space {
  id: string;
  kind: SpaceKind;
  name: string;
  description?: string | null;
  departmentId?: string | null;
  archived: boolean;
  capabilities: Capabilities;
}

export interface CreateSpace {
  kind: SpaceKind;
  name: string;
  description?: string;
  departmentId?: string;
}

/** One page of a space's tree (the server answers the tree as a flat list ordered by position). */
export interface PageNode {
  id: string;
  parentId?: string | null;
  title: string;
  position: number;
  archived?: boolean;
}

export interface Page {
  id: string;
  spaceId: string;
  parentId?: string | null;
  title: string;
  position: number;
  tags: string[];
  archived: boolean;
  favourite: boolean;
  /** A template's Markdown, for the editor to start from while the page has no content yet. */
  initialMarkdown?: string | null;
  capabilities: Capabilities;
  updatedAt: string;
  updatedBy?: string | null;
  /** From the page's parent up to the space's root page, nearest last. */
  ancestors?: { id: string; title: string }[];
}

export interface CreatePage {
  spaceId: string;
  parentId?: string;
  title: string;
  templateId?: string;
}

export interface TrashedPage {
  id: string;
  title: string;
  trashedAt: string;
  trashedBy?: string | null;
}

export interface PageRef {
  id: string;
  spaceId: string;
  title: string;
  at?: string;
}

export interface Template {
  id: string;
  name: string;
  description?: string | null;
  spaceId?: string | null;
  builtIn?: boolean;
}

export interface PageVersion {
  number: number;
  createdAt: string;
  name?: string | null;
  editors: { id: string; name: string }[];
}

export interface PageVersionContent extends PageVersion {
  markdown: string;
}
