import { LockOutlined, MoreOutlined, TeamOutlined } from '@ant-design/icons';
import type { Editor as TipTap } from '@tiptap/react';
import { App, Button, Dropdown, Tooltip, theme } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { usePage } from '../api/pages';
import type { Notice } from '../collab/frames';
import { FRAGMENT } from '../collab/render-snapshot';
import { useCollaboration } from '../collab/use-collaboration';
import { usePresence } from '../collab/use-presence';
import { PageEditor } from '../editor/page-editor';
import type { Editor } from '../me';
import { markdownToHtml } from '../markdown/from-markdown';
import { RestrictionsDialog } from '../permissions/restrictions-dialog';
import { toMarkdown } from '../markdown/to-markdown';
import { VersionsDrawer } from '../versions/versions-drawer';
import { PageHeader } from './page-header';
import { SaveTemplateModal } from './save-template-modal';

/** Shown on the page's download: a title is a fine file name once path separators are gone. */
const fileName = (title: string) => `${title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'page'}.md`;

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** One page: its header, the collaborative editor, and the import, export, version and template actions. */
export function PageView({ spaceId, pageId, me }: { spaceId: string; pageId: string; me: Editor }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { token } = theme.useToken();
  const page = usePage(pageId);
  const [readOnlyNotice, setReadOnlyNotice] = useState(false);
  const onNotice = useCallback(
    (notice: Notice) => {
      if (notice.code === 'doc.read-only') setReadOnlyNotice(true);
      void message.warning(t(`errors.${notice.code}`, { defaultValue: notice.message ?? t('errors.generic') }));
    },
    [message, t],
  );
  const collab = useCollaboration(pageId, me, onNotice);
  const present = usePresence(collab.provider);
  const [editor, setEditor] = useState<TipTap | null>(null);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [savingTemplate, setSavingTemplate] = useState(false);
  const importInput = useRef<HTMLInputElement>(null);
  const [restricting, setRestricting] = useState(false);
  const canEdit = (page.data?.capabilities.canEdit ?? false) && !readOnlyNotice;

  // A page made from a template starts with its Markdown, written by the one browser the server chose.
  const { seed, seeded, doc } = collab;
  useEffect(() => {
    if (!editor || seed === null) return;
    seeded();
    if (doc.getXmlFragment(FRAGMENT).length === 0) editor.commands.setContent(markdownToHtml(seed));
  }, [editor, seed, seeded, doc]);

  if (page.isLoading) return <Loading />;
  if (page.error || !page.data) return <LoadFailed error={page.error} onRetry={() => void page.refetch()} />;
  const current = page.data;

  const importMarkdown = (file: File | undefined) => {
    if (!file || !editor) return;
    void file.text().then((text) => {
      const apply = () => {
        editor.commands.setContent(markdownToHtml(text));
        void message.success(t('docs.page.imported', { name: file.name }));
      };
      if (editor.isEmpty) apply();
      else modal.confirm({ title: t('docs.page.importConfirm'), content: t('docs.page.importHint'), onOk: apply, okButtonProps: { 'data-testid': 'import-confirm' } });
    });
  };

  const printPdf = () => {
    const title = document.title;
    document.title = current.title;
    window.print();
    document.title = title;
  };

  const items = [
    { key: 'versions', label: t('docs.versions.title'), 'data-testid': 'page-versions' },
    ...(canEdit ? [{ key: 'import', label: t('docs.page.importMarkdown'), 'data-testid': 'page-import' }] : []),
    { key: 'export', label: t('docs.page.exportMarkdown'), 'data-testid': 'page-export' },
    { key: 'pdf', label: t('docs.page.exportPdf'), 'data-testid': 'page-pdf' },
    ...(canEdit ? [{ key: 'template', label: t('docs.templates.save'), 'data-testid': 'page-save-template' }] : []),
  ];
  const onMenu = ({ key }: { key: string }) => {
    if (key === 'versions') setVersionsOpen(true);
    if (key === 'import') importInput.current?.click();
    if (key === 'export' && editor) download(fileName(current.title), toMarkdown(editor.getJSON()));
    if (key === 'pdf') printPdf();
    if (key === 'template') setSavingTemplate(true);
  };

  return (
    <div className="doc-print" data-testid="page-view" style={{ background: token.colorBgContainer, minHeight: '100%' }}>
      <PageHeader
        page={current}
        present={present}
        status={collab.status}
        readOnly={!canEdit}
        actions={
          <>
            <Tooltip title={t('docs.restrictions.open')}>
              <Button
                type="text"
                icon={current.restricted ? <LockOutlined /> : <TeamOutlined />}
                aria-label={t('docs.restrictions.open')}
                onClick={() => setRestricting(true)}
                data-testid="page-permissions"
              />
            </Tooltip>
            <Dropdown menu={{ items, onClick: onMenu }} trigger={['click']}>
              <Button type="text" icon={<MoreOutlined />} aria-label={t('docs.page.actions')} data-testid="page-menu" />
            </Dropdown>
          </>
        }
      />
      {collab.provider ? (
        <PageEditor provider={collab.provider} me={me} spaceId={spaceId} pageId={pageId} editable={canEdit} onReady={setEditor} />
      ) : (
        <Loading />
      )}
      <input ref={importInput} type="file" accept=".md,.markdown,text/markdown,text/plain" hidden data-testid="import-input" onChange={(event) => {
        importMarkdown(event.target.files?.[0]);
        event.target.value = '';
      }} />
      <VersionsDrawer open={versionsOpen} onClose={() => setVersionsOpen(false)} pageId={pageId} editor={editor} canEdit={canEdit} />
      <SaveTemplateModal open={savingTemplate} onClose={() => setSavingTemplate(false)} page={current} />
      <RestrictionsDialog open={restricting} onClose={() => setRestricting(false)} page={current} me={me} />
    </div>
  );
}
