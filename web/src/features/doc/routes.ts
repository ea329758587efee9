/** The client routes of the docs module; links between pages and from other modules use these. */
export const docsHome = '/docs';
export const spacePath = (spaceId: string) => `/docs/spaces/${spaceId}`;
export const pagePath = (spaceId: string, pageId: string) => `/docs/spaces/${spaceId}/pages/${pageId}`;
export const trashPath = (spaceId: string) => `/docs/spaces/${spaceId}/trash`;
export const settingsPath = (spaceId: string) => `/docs/spaces/${spaceId}/settings`;
