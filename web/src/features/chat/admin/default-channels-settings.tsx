import { App, Button, Card, Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useDebouncedValue } from '../../../shared/ui/use-debounced-value';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useBrowseChannels } from '../api/channels';
import { type DefaultChannel, useDefaultChannels, useSetDefaultChannels } from '../api/default-channels';

/** The administrator's list of public channels new people join, beside the company and department channels. */
export function DefaultChannelsSettings() {
  const { t } = useTranslation();
  const defaults = useDefaultChannels();
  if (defaults.isLoading) return <Loading />;
  if (!defaults.data) return <LoadFailed error={defaults.error} onRetry={() => void defaults.refetch()} />;
  return (
    <Card title={t('admin.defaultChannels.title')} style={{ marginTop: 16 }} data-testid="default-channels-settings">
      <DefaultChannelsForm chosen={defaults.data} />
    </Card>
  );
}

function DefaultChannelsForm({ chosen }: { chosen: DefaultChannel[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const browse = useBrowseChannels(useDebouncedValue(search, 250));
  const save = useSetDefaultChannels();
  const handleProblem = useProblemHandler();
  const found = (browse.data?.pages ?? []).flatMap((page) => page.items ?? []).filter((channel) => !channel.archived);
  const options = [...chosen, ...found.filter((channel) => !chosen.some((c) => c.id === channel.id))].map(
    (channel) => ({
      value: channel.id,
      label: `# ${channel.name}`,
    }),
  );
  const submit = ({ channelIds }: { channelIds: string[] }) =>
    save.mutate(channelIds, {
      onSuccess: () => void message.success(t('admin.defaultChannels.saved')),
      onError: (error) => handleProblem(error),
    });
  return (
    <Form
      layout="vertical"
      initialValues={{ channelIds: chosen.map((channel) => channel.id) }}
      onFinish={submit}
      style={{ maxWidth: 560 }}
    >
      <Form.Item name="channelIds" label={t('admin.defaultChannels.label')} extra={t('admin.defaultChannels.hint')}>
        <Select
          mode="multiple"
          showSearch
          filterOption={false}
          onSearch={setSearch}
          options={options}
          placeholder={t('admin.defaultChannels.placeholder')}
          loading={browse.isFetching}
          data-testid="field-defaultChannels"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="default-channels-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}
