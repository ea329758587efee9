// SearchPage (results/search-page.tsx) is imported by the app's routes on first visit, not through here, so it loads on demand.
export { SearchIndexAdmin } from './admin/search-index-admin';
export { SearchPalette } from './palette/search-palette';
export { SEARCH_SHORTCUT, useSearchShortcut } from './palette/shortcut';
