import { Menu, Select, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useIsPhone } from '../shared/ui/use-is-phone';
import { ADMIN_SECTIONS } from './admin-sections';
import { NotFoundPage } from './not-found-page';
import { useSignedIn } from './require-session';

export function AdminConsole() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const me = useSignedIn();
  const { section } = useParams();
  const sections = ADMIN_SECTIONS.filter(
    (candidate) => me.capabilities.administer && candidate.allowed(me.capabilities),
  );
  const current = sections.find((candidate) => candidate.key === section);
  if (!section && sections.length > 0) {
    return <Navigate to={`/admin/${sections[0].key}`} replace />;
  }
  if (!current) {
    return <NotFoundPage />;
  }
  const go = (key: string) => void navigate(`/admin/${key}`);
  const label = (key: string) => <span data-testid={`admin-nav-${key}`}>{t(`admin.nav.${key}`)}</span>;
  const { Screen } = current;

  if (isPhone) {
    return (
      <div style={{ padding: 12 }}>
        <Select
          value={current.key}
          onChange={go}
          aria-label={t('admin.title')}
          data-testid="admin-nav"
          style={{ width: '100%', marginBottom: 12 }}
          options={sections.map((candidate) => ({ value: candidate.key, label: label(candidate.key) }))}
        />
        <Screen />
      </div>
    );
  }
  return (
    <div style={{ display: 'flex', height: '100%' }}>
      <nav
        aria-label={t('admin.title')}
        style={{
          width: 220,
          flex: 'none',
          background: token.colorBgContainer,
          borderRight: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <div style={{ padding: '16px 24px 8px', fontWeight: 600, fontSize: 16 }}>{t('admin.title')}</div>
        <Menu
          mode="inline"
          selectedKeys={[current.key]}
          onClick={({ key }) => go(key)}
          style={{ borderInlineEnd: 'none' }}
          items={sections.map((candidate) => ({
            key: candidate.key,
            icon: candidate.icon,
            label: label(candidate.key),
          }))}
        />
      </nav>
      <div style={{ flex: 1, minWidth: 0, overflow: 'auto', padding: 16 }}>
        <Screen />
      </div>
    </div>
  );
}
