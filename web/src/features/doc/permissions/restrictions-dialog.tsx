import { DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, List, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useRestrict, useRestrictions } from '../api/pages';
import type { Page, PageRestrictions, PrincipalKind } from '../api/types';
import type { Editor } from '../me';
import { InheritedRestrictions } from './inherited-restrictions';
import {
  PrincipalLabel,
  PrincipalPicker,
  samePrincipal,
  type Principal as AnyPrincipal,
} from '../../../shared/ui/grants/principal';

/** A page restriction names what the server's restrictions name (a department or a person, never a group). */
type Principal = AnyPrincipal<PrincipalKind>;

type Mode = 'everyone' | 'only';

interface ListEditorProps {
  testId: string;
  entries: Principal[];
  onChange: (entries: Principal[]) => void;
  editable: boolean;
}

function PrincipalList({ testId, entries, onChange, editable }: ListEditorProps) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} style={{ marginInlineStart: 24 }}>
      <List
        size="small"
        bordered
        dataSource={entries}
        locale={{ emptyText: t('docs.restrictions.nobody') }}
        data-testid={testId}
        renderItem={(entry) => (
          <List.Item
            data-testid="restriction-entry"
            actions={
              editable
                ? [
                    <Button
                      key="remove"
                      type="text"
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={t('docs.settings.remove')}
                      onClick={() => onChange(entries.filter((other) => other !== entry))}
                      data-testid="restriction-remove"
                    />,
                  ]
                : []
            }
          >
            <PrincipalLabel principal={entry} />
          </List.Item>
        )}
      />
      {editable && (
        <PrincipalPicker
          kinds={['DEPARTMENT', 'PERSON']}
          onPick={(picked) => !entries.some((entry) => samePrincipal(entry, picked)) && onChange([...entries, picked])}
        />
      )}
    </Flex>
  );
}

interface FormProps {
  page: Page;
  me: Editor;
  initial: PageRestrictions;
  onClose: () => void;
}

function RestrictionsForm({ page, me, initial, onClose }: FormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const restrict = useRestrict(page.spaceId, page.id);
  const onProblem = useProblemHandler();
  const editable = page.capabilities.canEdit;
  const [readers, setReaders] = useState<Principal[]>(initial.readers);
  const [editors, setEditors] = useState<Principal[]>(initial.editors);
  const [view, setView] = useState<Mode>(initial.readers.length > 0 ? 'only' : 'everyone');
  const [edit, setEdit] = useState<Mode>(
    initial.readers.length > 0 || initial.editors.length > 0 ? 'only' : 'everyone',
  );
  // any restriction leaves editing to the editors alone, so narrowing who views narrows who edits too
  const editMode: Mode = view === 'only' ? 'only' : edit;
  const keepMe = (list: Principal[]) =>
    page.capabilities.canAdmin || list.length > 0 ? list : [{ kind: 'PERSON' as const, id: me.id, name: me.name }];
  const chooseView = (mode: Mode) => {
    setView(mode);
    if (mode === 'only') setEditors(keepMe);
  };
  const chooseEdit = (mode: Mode) => {
    setEdit(mode);
    if (mode === 'only') setEditors(keepMe);
  };
  // with readers named, an empty editors' list is meaningful: only the space's administrators edit
  const complete = view === 'only' ? readers.length > 0 : edit === 'everyone' || editors.length > 0;

  const save = () =>
    restrict.mutate(
      { readers: view === 'only' ? readers : [], editors: editMode === 'only' ? editors : [] },
      {
        onSuccess: () => {
          void message.success(t('docs.restrictions.saved'));
          onClose();
        },
        onError: (error) => onProblem(error),
      },
    );

  return (
    <Flex vertical gap={16}>
      <Alert type="info" showIcon title={t('docs.restrictions.narrowOnly')} data-testid="restrictions-narrow-only" />
      <InheritedRestrictions spaceId={page.spaceId} pageIds={initial.inheritedFrom} />
      <div>
        <Typography.Title level={5}>{t('docs.restrictions.view')}</Typography.Title>
        <Radio.Group
          value={view}
          onChange={(event) => chooseView(event.target.value as Mode)}
          disabled={!editable}
          data-testid="restrictions-view"
        >
          <Flex vertical gap={4}>
            <Radio value="everyone">{t('docs.restrictions.viewEveryone')}</Radio>
            <Radio value="only" data-testid="restrictions-view-only">
              {t('docs.restrictions.viewOnly')}
            </Radio>
          </Flex>
        </Radio.Group>
        {view === 'only' && (
          <PrincipalList testId="restriction-readers" entries={readers} onChange={setReaders} editable={editable} />
        )}
      </div>
      <div>
        <Typography.Title level={5}>{t('docs.restrictions.edit')}</Typography.Title>
        <Radio.Group
          value={editMode}
          onChange={(event) => chooseEdit(event.target.value as Mode)}
          disabled={!editable}
          data-testid="restrictions-edit"
        >
          <Flex vertical gap={4}>
            <Radio value="everyone" disabled={view === 'only'}>
              {t('docs.restrictions.editEveryone')}
            </Radio>
            <Radio value="only" data-testid="restrictions-edit-only">
              {t('docs.restrictions.editOnly')}
            </Radio>
          </Flex>
        </Radio.Group>
        {view === 'only' && (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0 24px' }}>
            {t('docs.restrictions.editForced')}
          </Typography.Paragraph>
        )}
        {editMode === 'only' && (
          <PrincipalList testId="restriction-editors" entries={editors} onChange={setEditors} editable={editable} />
        )}
      </div>
      {editable ? (
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            disabled={!complete}
            loading={restrict.isPending}
            onClick={save}
            data-testid="restrictions-save"
          >
            {t('docs.settings.save')}
          </Button>
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('docs.restrictions.readOnlyHint')}</Typography.Text>
      )}
    </Flex>
  );
}

/**
 * "Permissions" of a page: narrow who may view and who may edit it and the pages below it, with the
 * restrictions of pages above it shown as inherited. Restrictions never widen the space's grants.
 */
export function RestrictionsDialog({
  page,
  me,
  open,
  onClose,
}: {
  page: Page;
  me: Editor;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const restrictions = useRestrictions(page.id, open);
  return (
    <Modal
      open={open}
      title={t('docs.restrictions.title', { title: page.title })}
      onCancel={onClose}
      footer={null}
      width={isPhone ? '100%' : 640}
      destroyOnHidden
      data-testid="restrictions-dialog"
    >
      {restrictions.isLoading && <Loading />}
      {restrictions.error && <LoadFailed error={restrictions.error} onRetry={() => void restrictions.refetch()} />}
      {restrictions.data && <RestrictionsForm page={page} me={me} initial={restrictions.data} onClose={onClose} />}
    </Modal>
  );
}
