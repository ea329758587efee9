import { CommentOutlined, LockOutlined, MoreOutlined, TeamOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { Editor as TipTap } from '@tiptap/react';
import { App, Badge, Button, Drawer, Dropdown, Tooltip, theme } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ApiProblem } from '../../../shared/api/problem';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { commentsKey, mentionInPage } from '../api/comments';
import { usePage } from '../api/pages';
import type { Notice } from '../collab/frames';
import { FRAGMENT } from '../collab/render-snapshot';
import { useCollaboration } from '../collab/use-collaboration';
import { usePresence } from '../collab/use-presence';
import { anchorOf } from '../comments/anchors';
import { CommentHighlights } from '../comments/comment-highlights';
import { CommentsPanel } from '../comments/comments-panel';
import { PageComments } from '../comments/page-comments';
import { SelectionComment } from '../comments/selection-comment';
import { usePageDiscussion } from '../comments/use-page-discussion';
import { WatchButton } from '../comments/watch-button';
import { ChecklistTaskButton } from '../editor/checklist-task-button';
import { PageEditor } from '../editor/page-editor';
import type { Editor } from '../me';
import { markdownToHtml } from '../markdown/from-markdown';
import { RestrictionsDialog } from '../permissions/restrictions-dialog';
import { toMarkdown } from '../markdown/to-markdown';
import { VersionsDrawer } from '../versions/versions-drawer';
import { PageHeader } from './page-header';
import { SaveTemplateModal } from './save-template-modal';

const isRefusal = (error: unknown) => error instanceof ApiProblem && (error.status === 403 || error.status === 404);

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
  const queryClient = useQueryClient();
  const onCommentsChanged = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: commentsKey(pageId) }),
    [queryClient, pageId],
  );
  const collab = useCollaboration(pageId, me, onNotice, onCommentsChanged);
  const present = usePresence(collab.provider);
  const [editor, setEditor] = useState<TipTap | null>(null);
  const isPhone = useIsPhone();
  // a notification opens the page at a comment: #comment-<id>
  const { hash } = useLocation();
  const targetComment = hash.startsWith('#comment-') ? hash.slice('#comment-'.length) : null;
  const discussion = usePageDiscussion(pageId, editor, collab.synced, targetComment);
  /** The comments beside the page: shown while there are any (or one is being written), unless closed; a sheet on a phone. */
  const [panel, setPanel] = useState<'auto' | 'open' | 'closed'>('auto');
  const panelOpen =
    panel === 'open' ||
    discussion.draft !== null ||
    (panel === 'auto' && ((!isPhone && discussion.inline.length > 0) || Boolean(discussion.target?.anchor)));
  const targetFound = discussion.target !== undefined;
  useEffect(() => {
    if (targetComment && targetFound)
      document.getElementById(`comment-${targetComment}`)?.scrollIntoView({ block: 'center' });
  }, [targetComment, targetFound]);
  const { setActive } = discussion;
  const editorExtensions = useMemo(
    () => [
      CommentHighlights.configure({
        onActivate: (threadId) => {
          setActive(threadId);
          setPanel('open');
        },
      }),
    ],
    [setActive],
  );
  const onMentioned = useCallback(
    (personIds: string[]) => {
      mentionInPage(pageId, personIds).then(
        (answer) => {
          if (answer.cannotRead.length > 0) {
            void message.warning(
              t('docs.mentions.cannotRead', {
                names: answer.cannotRead.map((person) => person.name).join(t('docs.mentions.separator')),
              }),
            );
          }
        },
        () => undefined,
      );
    },
    [pageId, message, t],
  );
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [savingTemplate, setSavingTemplate] = useState(false);
  const importInput = useRef<HTMLInputElement>(null);
  const [restricting, setRestricting] = useState(false);
  const canEdit = (page.data?.capabilities.canEdit ?? false) && !readOnlyNotice && collab.status !== 'refused';

  // A page made from a template starts with its Markdown, written by the one browser the server chose.
  const { seed, seeded, doc } = collab;
  useEffect(() => {
    if (!editor || seed === null) return;
    seeded();
    if (doc.getXmlFragment(FRAGMENT).length === 0) editor.commands.setContent(markdownToHtml(seed));
  }, [editor, seed, seeded, doc]);

  if (page.isLoading) return <Loading />;
  // a page I may not read stays so: no retry to offer (the live connection has stopped too)
  if (page.error || !page.data)
    return <LoadFailed error={page.error} onRetry={isRefusal(page.error) ? undefined : () => void page.refetch()} />;
  const current = page.data;

  const importMarkdown = (file: File | undefined) => {
    if (!file || !editor) return;
    void file.text().then((text) => {
      const apply = () => {
        editor.commands.setContent(markdownToHtml(text));
        void message.success(t('docs.page.imported', { name: file.name }));
      };
      if (editor.isEmpty) apply();
      else
        modal.confirm({
          title: t('docs.page.importConfirm'),
          content: t('docs.page.importHint'),
          onOk: apply,
          okButtonProps: { 'data-testid': 'import-confirm' },
        });
    });
  };

  const printPdf = () => {
    const title = document.title;
    document.title = current.title;
    window.print();
    document.title = title;
  };

  const startComment = (from: number, to: number) => {
    const anchor = editor ? anchorOf(editor.state, from, to) : null;
    if (anchor) discussion.setDraft(anchor);
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
    <div
      className="doc-print"
      data-testid="page-view"
      style={{ background: token.colorBgContainer, minHeight: '100%' }}
    >
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
            <WatchButton pageId={pageId} />
            <Tooltip title={t('docs.comments.title')}>
              <Badge count={discussion.openCount} size="small" offset={[-4, 4]}>
                <Button
                  type={panelOpen ? 'primary' : 'text'}
                  ghost={panelOpen}
                  size="small"
                  icon={<CommentOutlined />}
                  aria-label={t('docs.comments.title')}
                  aria-pressed={panelOpen}
                  onClick={() => setPanel(panelOpen ? 'closed' : 'open')}
                  data-testid="page-comments-toggle"
                />
              </Badge>
            </Tooltip>
            <Dropdown menu={{ items, onClick: onMenu }} trigger={['click']}>
              <Button type="text" icon={<MoreOutlined />} aria-label={t('docs.page.actions')} data-testid="page-menu" />
            </Dropdown>
          </>
        }
      />
      <div style={{ display: 'flex', alignItems: 'flex-start' }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          {collab.provider ? (
            <PageEditor
              provider={collab.provider}
              me={me}
              spaceId={spaceId}
              pageId={pageId}
              editable={canEdit}
              onReady={setEditor}
              onMentioned={onMentioned}
              extensions={editorExtensions}
            />
          ) : (
            <Loading />
          )}
          <PageComments pageId={pageId} discussion={discussion} />
        </div>
        {!isPhone && panelOpen && (
          <aside
            className="doc-no-print doc-comments-side"
            style={{ borderInlineStart: `1px solid ${token.colorBorderSecondary}` }}
          >
            <CommentsPanel pageId={pageId} discussion={discussion} onClose={() => setPanel('closed')} />
          </aside>
        )}
      </div>
      {isPhone && (
        <Drawer
          open={panelOpen}
          placement="bottom"
          size="75%"
          closable={false}
          onClose={() => {
            setPanel('closed');
            discussion.setDraft(null);
          }}
          styles={{ body: { padding: 0 } }}
          data-testid="comments-sheet"
        >
          <CommentsPanel
            pageId={pageId}
            discussion={discussion}
            onClose={() => {
              setPanel('closed');
              discussion.setDraft(null);
            }}
          />
        </Drawer>
      )}
      {editor && discussion.canComment && <SelectionComment editor={editor} onComment={startComment} />}
      {editor && canEdit && <ChecklistTaskButton editor={editor} pageId={pageId} />}
      <input
        ref={importInput}
        type="file"
        accept=".md,.markdown,text/markdown,text/plain"
        hidden
        data-testid="import-input"
        onChange={(event) => {
          importMarkdown(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      <VersionsDrawer
        open={versionsOpen}
        onClose={() => setVersionsOpen(false)}
        pageId={pageId}
        editor={editor}
        canEdit={canEdit}
      />
      <SaveTemplateModal open={savingTemplate} onClose={() => setSavingTemplate(false)} page={current} />
      <RestrictionsDialog open={restricting} onClose={() => setRestricting(false)} page={current} me={me} />
    </div>
  );
}
