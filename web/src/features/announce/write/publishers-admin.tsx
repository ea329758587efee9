import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Flex, Form, Input, InputNumber, List, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DepartmentSelect } from '../../../shared/ui/department-select';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { PersonPicker } from '../../../shared/ui/person-picker';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import {
  type ApprovalSettings,
  approvalSettingsQuery,
  type Category,
  categoriesQuery,
  publishersQuery,
  useChangeApprovalSettings,
  useReplaceCategories,
  useReplacePublishers,
} from '../api/writing';

/** The publishers of one department: each removable, one added at a time; every change replaces the list. */
function DepartmentPublishers({ departmentId }: { departmentId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onProblem = useProblemHandler();
  const grants = useQuery(publishersQuery(departmentId));
  const replace = useReplacePublishers(departmentId);
  if (grants.isPending) return <Loading />;
  if (grants.isError) return <LoadFailed error={grants.error} onRetry={() => void grants.refetch()} />;
  const ids = grants.data.publishers.map((person) => person.id);
  const save = (next: string[]) =>
    replace.mutate(next, {
      onSuccess: () => void message.success(t('announce.write.publishers.saved')),
      onError: (error) => onProblem(error),
    });
  return (
    <Flex vertical gap={8}>
      <List
        bordered
        size="small"
        dataSource={grants.data.publishers}
        locale={{ emptyText: t('announce.write.publishers.none') }}
        data-testid="announce-publishers"
        renderItem={(person) => (
          <List.Item
            actions={[
              <Button
                key="remove"
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('common.remove')}
                onClick={() => save(ids.filter((id) => id !== person.id))}
              />,
            ]}
          >
            {person.name}
          </List.Item>
        )}
      />
      <PersonPicker
        value={[]}
        onChange={([id]) => id && !ids.includes(id) && save([...ids, id])}
        placeholder={t('announce.write.publishers.add')}
        data-testid="announce-publisher-add"
      />
    </Flex>
  );
}

function ApprovalForm({ saved }: { saved: ApprovalSettings }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onProblem = useProblemHandler();
  const change = useChangeApprovalSettings();
  const [threshold, setThreshold] = useState(saved.approvalThreshold ?? null);
  const [companyWide, setCompanyWide] = useState(saved.companyWideNeedsApproval);
  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('announce.write.publishers.threshold')} extra={t('announce.write.publishers.thresholdHint')}>
        <InputNumber
          min={1}
          value={threshold}
          onChange={(value) => setThreshold(value ?? null)}
          addonAfter={t('announce.write.publishers.people')}
          style={{ width: 200 }}
          data-testid="announce-threshold"
        />
      </Form.Item>
      <Flex align="center" gap={8} style={{ marginBottom: 16 }}>
        <Switch checked={companyWide} onChange={setCompanyWide} data-testid="announce-company-wide-approval" />
        <span>{t('announce.write.publishers.companyWide')}</span>
      </Flex>
      <Button
        loading={change.isPending}
        onClick={() =>
          change.mutate(
            // no threshold: publishing never waits for approval because of the audience's size
            { approvalThreshold: threshold ?? undefined, companyWideNeedsApproval: companyWide },
            { onSuccess: () => void message.success(t('common.saved')), onError: (error) => onProblem(error) },
          )
        }
      >
        {t('common.save')}
      </Button>
    </Form>
  );
}

/** The categories in order, named in both languages; one unticked is archived (kept for the announcements that use it). */
function CategoriesForm({ saved }: { saved: Category[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onProblem = useProblemHandler();
  const replace = useReplaceCategories();
  const [rows, setRows] = useState(saved);
  const update = (index: number, patch: Partial<Category>) =>
    setRows((current) => current.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <Flex vertical gap={8}>
      {rows.map((row, index) => (
        <Flex key={index} gap={8} wrap align="center" data-testid="announce-category-row">
          <Checkbox checked={!row.archived} onChange={(event) => update(index, { archived: !event.target.checked })} />
          <Input
            value={row.key}
            onChange={(event) => update(index, { key: event.target.value.trim() })}
            placeholder={t('announce.write.publishers.categoryKey')}
            disabled={index < saved.length}
            style={{ width: 150 }}
          />
          <Input
            value={row.name.zh}
            onChange={(event) => update(index, { name: { ...row.name, zh: event.target.value } })}
            placeholder={t('announce.write.publishers.nameZh')}
            style={{ flex: '1 1 140px' }}
          />
          <Input
            value={row.name.en}
            onChange={(event) => update(index, { name: { ...row.name, en: event.target.value } })}
            placeholder={t('announce.write.publishers.nameEn')}
            style={{ flex: '1 1 140px' }}
          />
        </Flex>
      ))}
      <Flex gap={8}>
        <Button
          icon={<PlusOutlined />}
          onClick={() => setRows((current) => [...current, { key: '', name: { zh: '', en: '' }, archived: false }])}
        >
          {t('announce.write.publishers.addCategory')}
        </Button>
        <Button
          type="primary"
          loading={replace.isPending}
          onClick={() =>
            replace.mutate(rows, {
              onSuccess: (next) => {
                setRows(next);
                void message.success(t('common.saved'));
              },
              onError: (error) => onProblem(error),
            })
          }
        >
          {t('common.save')}
        </Button>
      </Flex>
    </Flex>
  );
}

function InstallationSettings() {
  const { t } = useTranslation();
  const settings = useQuery(approvalSettingsQuery);
  const categories = useQuery(categoriesQuery);
  return (
    <>
      <Card title={t('announce.write.publishers.settings')} style={{ marginTop: 16 }}>
        {settings.isPending ? (
          <Loading />
        ) : settings.data ? (
          <ApprovalForm saved={settings.data} />
        ) : (
          <LoadFailed error={settings.error} />
        )}
      </Card>
      <Card title={t('announce.write.publishers.categories')} style={{ marginTop: 16 }}>
        {categories.isPending ? (
          <Loading />
        ) : categories.data ? (
          <CategoriesForm saved={categories.data} />
        ) : (
          <LoadFailed error={categories.error} />
        )}
      </Card>
    </>
  );
}

/**
 * The admin console's announcements section: department and system administrators choose who may
 * publish to a department; system administrators also set when publishing needs approval, and the categories.
 */
export function AnnouncementPublishersAdmin({
  manageSettings,
  defaultDepartmentId,
}: {
  manageSettings: boolean;
  defaultDepartmentId?: string;
}) {
  const { t } = useTranslation();
  const [departmentId, setDepartmentId] = useState(defaultDepartmentId);
  return (
    <>
      <Card title={t('announce.write.publishers.title')} data-testid="announce-publishers-admin">
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('announce.write.publishers.hint')}</Typography.Text>
          <Form.Item label={t('announce.write.publishers.department')} style={{ marginBottom: 0 }}>
            <DepartmentSelect
              value={departmentId}
              onChange={setDepartmentId}
              placeholder={t('announce.write.publishers.pickDepartment')}
              data-testid="announce-publishers-department"
            />
          </Form.Item>
          {departmentId && <DepartmentPublishers key={departmentId} departmentId={departmentId} />}
        </Flex>
      </Card>
      {manageSettings && <InstallationSettings />}
    </>
  );
}
