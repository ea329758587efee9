import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { MailDomainsPanel } from './mail-domains';
import { MailingListsPanel } from './mailing-lists';
import { PersonAddressesPanel } from './person-addresses';
import { SharedMailboxesPanel } from './shared-mailboxes';

/** The admin console's mail section: domains, people's addresses, mailing lists and shared mailboxes. */
export function MailAdmin() {
  const { t } = useTranslation();
  return (
    <Card title={t('admin.mail.title')} styles={{ body: { paddingTop: 0 } }}>
      <Tabs
        data-testid="mail-admin-tabs"
        items={[
          { key: 'domains', label: t('admin.mail.tabs.domains'), children: <MailDomainsPanel /> },
          { key: 'addresses', label: t('admin.mail.tabs.addresses'), children: <PersonAddressesPanel /> },
          { key: 'lists', label: t('admin.mail.tabs.lists'), children: <MailingListsPanel /> },
          { key: 'shared', label: t('admin.mail.tabs.shared'), children: <SharedMailboxesPanel /> },
        ]}
      />
    </Card>
  );
}
