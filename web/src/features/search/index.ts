export { SearchIndexAdmin } from './admin/search-index-admin';
export { SearchPalette } from './palette/search-palette';
export { SEARCH_SHORTCUT, useSearchShortcut } from './palette/shortcut';
export { SearchPage } from './results/search-page';
