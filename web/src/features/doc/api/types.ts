import type { components } from '../../../shared/api/schema';

/** The doc module's shapes, from the generated client. */
export type Space = components['schemas']['Space'];
export type SpaceKind = Space['kind'];
export type CreateSpace = components['schemas']['CreateSpace'];
export type PageNode = components['schemas']['PageNode'];
export type Page = components['schemas']['Page'];
export type CreatePage = components['schemas']['CreatePage'];
export type TrashedPage = components['schemas']['TrashedPage'];
/** A page in my favourites or recently viewed. */
export type PageLink = components['schemas']['PageLink'];
export type Template = components['schemas']['Template'];

export type PageVersion = components['schemas']['PageVersion'];
/** A version's content: the whole Yjs state then (base64 of `Y.encodeStateAsUpdate`) and its Markdown. */
export type PageVersionContent = components['schemas']['PageVersionContent'];

export type SpaceGrant = components['schemas']['SpaceGrant'];
export type SpaceRole = SpaceGrant['role'];
export type PrincipalKind = SpaceGrant['kind'];
export type UpdateSpace = components['schemas']['UpdateSpace'];
/** A department (with its sub-departments) or a person a page is restricted to. */
export type PageRestriction = components['schemas']['PageRestriction'];
export type PageRestrictions = components['schemas']['PageRestrictions'];
/** A page's discussion: its threads (on a passage or the whole page) and whether I may comment. */
export type PageDiscussion = components['schemas']['PageDiscussion'];
export type CommentThread = components['schemas']['CommentThread'];
export type PageComment = components['schemas']['PageComment'];
/** A passage: Yjs relative positions (base64) of its start and end, and the text quoted then. */
export type CommentAnchor = components['schemas']['CommentAnchor'];
export type PersonName = components['schemas']['PersonName'];
