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
  icon?: string | null;
  color?: string | null;
  departmentId?: string | null;
  ownerId?: string | null;
  archived: boolean;
  role: 'READ' | 'EDIT' | 'ADMIN';
  capabilities: Capabilities;
}

export interface CreateSpace {
  kind: SpaceKind;
  name?: string;
  description?: string;
  departmentId?: string;
}

/** One page of a space's tree (flat, siblings in order; `position` is the index among them). */
export interface PageNode {
  id: string;
  parentId?: string | null;
  position: number;
  title: string;
  tags: string[];
  archived: boolean;
  restricted: boolean;
  updatedAt: string;
}

export interface Page {
  id: string;
  spaceId: string;
  spaceName: string;
  parentId?: string | null;
  position: number;
  title: string;
  tags: string[];
  archived: boolean;
  restricted: boolean;
  favourite: boolean;
  hasContent: boolean;
  /** A template's Markdown, for the editor to start from while the page has no content yet. */
  initialMarkdown?: string | null;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  capabilities: Capabilities;
}

export interface CreatePage {
  spaceId: string;
  parentId?: string;
  title: string;
  templateId?: string;
  language?: 'zh-CN' | 'en';
}

export interface TrashedPage {
  id: string;
  title: string;
  parentId?: string | null;
  trashedAt: string;
  trashedBy: string;
  /** How many pages (itself included) went to the trash with it. */
  pages: number;
}

/** A page in my favourites or recently viewed. */
export interface PageLink {
  id: string;
  title: string;
  spaceId: string;
  spaceName: string;
  updatedAt: string;
}

export interface Template {
  id: string;
  name: string;
  description?: string | null;
  builtIn: boolean;
  spaceId?: string | null;
  markdown: string;
  canDelete: boolean;
}

export interface PageVersion {
  number: number;
  createdAt: string;
  name?: string | null;
  editors: { id: string; name: string }[];
}

/** A version's content: the whole Yjs state then (base64 of `Y.encodeStateAsUpdate`) and its Markdown. */
export interface PageVersionContent {
  version: PageVersion;
  update: string;
  markdown: string;
}
