import type { TFunction } from 'i18next';
import type { Folder } from '../api/types';

/** A system folder's name in the reader's language; a custom folder keeps the name it was given. */
export function folderName(t: TFunction, folder: Pick<Folder, 'role' | 'name'>): string {
  return folder.role ? t(`mail.folders.${folder.role}`, { defaultValue: folder.name }) : folder.name;
}

const ORDER = ['INBOX', 'DRAFTS', 'SENT', 'ARCHIVE', 'SPAM', 'TRASH'];

/** System folders in the order every mail client shows them, then custom ones by name. */
export function sortFolders(folders: Folder[]): Folder[] {
  const rank = (folder: Folder) => {
    const index = folder.role ? ORDER.indexOf(folder.role) : -1;
    return index === -1 ? ORDER.length : index;
  };
  return [...folders].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'zh-CN'));
}
