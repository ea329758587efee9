import { Button, Checkbox, Descriptions, Flex, Input, Popconfirm, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../../../shared/ui/person-picker';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useChangePersonAddresses, useMailDomains, usePersonAddresses } from './mail-admin-api';
import { defaultDomain, splitAddress } from './mail-admin-logic';

/** A person's From address and aliases: pick the person, then add, promote or remove addresses. */
export function PersonAddressesPanel() {
  const { t } = useTranslation();
  const [personIds, setPersonIds] = useState<string[]>([]);
  return (
    <Flex vertical gap={16}>
      <div style={{ maxWidth: 420 }}>
        <PersonPicker
          value={personIds}
          onChange={setPersonIds}
          placeholder={t('admin.mail.addresses.pickPerson')}
          data-testid="mail-address-person"
        />
      </div>
      {personIds[0] && <PersonAddresses key={personIds[0]} personId={personIds[0]} />}
    </Flex>
  );
}

function PersonAddresses({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const addresses = usePersonAddresses(personId);
  const domains = useMailDomains();
  const change = useChangePersonAddresses(personId);
  const handleProblem = useProblemHandler();
  const [localPart, setLocalPart] = useState('');
  const [domain, setDomain] = useState<string>();
  const [primary, setPrimary] = useState(false);
  const data = addresses.data;
  const chosenDomain = domain ?? defaultDomain(domains.data);

  const add = (wanted: { localPart: string; domain?: string; primary: boolean }) =>
    change.add.mutate(wanted, {
      onSuccess: () => {
        setLocalPart('');
        setPrimary(false);
      },
      onError: (error) => handleProblem(error),
    });

  return (
    <Flex vertical gap={12} data-testid="mail-person-addresses">
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'primary',
            label: t('admin.mail.addresses.primary'),
            children: data?.primary ?? (
              <Space wrap>
                {t('admin.mail.addresses.none')}
                {data?.proposal && (
                  <>
                    <span>{t('admin.mail.addresses.proposal', { address: data.proposal })}</span>
                    <Button
                      size="small"
                      onClick={() => add({ ...splitAddress(data.proposal ?? ''), primary: true })}
                      data-testid="mail-address-use-proposal"
                    >
                      {t('admin.mail.addresses.useProposal')}
                    </Button>
                  </>
                )}
              </Space>
            ),
          },
          {
            key: 'aliases',
            label: t('admin.mail.addresses.aliases'),
            children: (
              <Space size={[4, 8]} wrap>
                {(data?.aliases ?? []).map((alias) => (
                  <Tag key={alias} data-testid="mail-alias">
                    <Space size={4} wrap>
                      {alias}
                      <Button
                        type="link"
                        size="small"
                        onClick={() => change.makePrimary.mutate(alias, { onError: (error) => handleProblem(error) })}
                      >
                        {t('admin.mail.addresses.makePrimary')}
                      </Button>
                      <Popconfirm
                        title={alias}
                        okText={t('admin.mail.addresses.remove')}
                        cancelText={t('common.cancel')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => change.remove.mutate(alias, { onError: (error) => handleProblem(error) })}
                      >
                        <Button type="link" size="small" danger>
                          {t('admin.mail.addresses.remove')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
      <Flex gap={8} wrap align="center">
        <Space.Compact style={{ flex: '1 1 280px', maxWidth: 480 }}>
          <Input
            value={localPart}
            onChange={(event) => setLocalPart(event.target.value)}
            placeholder={t('admin.mail.addresses.localPart')}
            aria-label={t('admin.mail.addresses.localPart')}
            data-testid="mail-address-local"
          />
          <Select
            value={chosenDomain}
            onChange={setDomain}
            options={(domains.data ?? []).map((d) => ({ value: d.name, label: `@${d.name}` }))}
            aria-label={t('admin.mail.addresses.domain')}
            style={{ minWidth: 140 }}
          />
        </Space.Compact>
        <Checkbox checked={primary} onChange={(event) => setPrimary(event.target.checked)}>
          {t('admin.mail.addresses.asPrimary')}
        </Checkbox>
        <Button
          type="primary"
          disabled={!localPart.trim()}
          loading={change.add.isPending}
          onClick={() => add({ localPart: localPart.trim(), domain: chosenDomain, primary })}
          data-testid="mail-address-add"
        >
          {t('admin.mail.addresses.add')}
        </Button>
      </Flex>
    </Flex>
  );
}
