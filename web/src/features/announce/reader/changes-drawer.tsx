import { Drawer, Flex, Select, theme, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/i18n/format';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useVersion, useVersions } from '../api/reading';
import type { Announcement, AnnouncementVersion } from '../api/types';
import { changedLines, type ChangeLine } from './changes';

const text = (version: AnnouncementVersion) => `${version.title}\n\n${version.bodyText}`;

/** What a correction changed: the current version against an earlier one (the one before by default), line by line. */
export function ChangesDrawer({
  announcement,
  open,
  onClose,
}: {
  announcement: Announcement;
  open: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const isPhone = useIsPhone();
  const versions = useVersions(announcement.id, open);
  const older = (versions.data ?? []).filter((version) => version.n < announcement.version).sort((a, b) => b.n - a.n);
  const [picked, setPicked] = useState<number>();
  const baseNumber = picked ?? older[0]?.n;
  const base = useVersion(announcement.id, open ? baseNumber : undefined);
  const current = useVersion(announcement.id, open ? announcement.version : undefined);
  const lines = useMemo(
    () => (base.data && current.data ? changedLines(text(base.data), text(current.data)) : []),
    [base.data, current.data],
  );
  const error = versions.error ?? base.error ?? current.error;
  const loading = versions.isPending || (baseNumber !== undefined && base.isPending) || current.isPending;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('announce.changes.title')}
      placement={isPhone ? 'bottom' : 'right'}
      size={isPhone ? '85%' : 560}
      data-testid="announcement-changes"
    >
      {error && <LoadFailed error={error} />}
      <Flex vertical gap={12}>
        {older.length > 0 && (
          <Flex align="center" gap={8} wrap>
            <Typography.Text type="secondary">{t('announce.changes.since')}</Typography.Text>
            <Select
              size="small"
              value={baseNumber}
              onChange={setPicked}
              options={older.map((version) => ({
                value: version.n,
                label: t('announce.changes.version', {
                  number: version.n,
                  time: formatDateTime(version.editedAt, i18n.language),
                }),
              }))}
              data-testid="announcement-changes-base"
            />
          </Flex>
        )}
        {current.data && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('announce.changes.edited', {
              time: formatDateTime(current.data.editedAt, i18n.language),
              name: current.data.editedBy.name,
            })}
          </Typography.Text>
        )}
        {!error && loading ? <Loading /> : <ChangeLines lines={lines} />}
      </Flex>
    </Drawer>
  );
}

function ChangeLines({ lines }: { lines: ChangeLine[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (lines.length === 0) return null;
  return (
    <div style={{ border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius }}>
      {lines.map((line, index) =>
        line.kind === 'skipped' ? (
          <div key={index} style={{ padding: '2px 10px', color: token.colorTextTertiary, fontSize: 12 }}>
            {t('announce.changes.unchanged', { count: line.count })}
          </div>
        ) : (
          <div
            key={index}
            data-testid={`change-${line.kind}`}
            style={{
              padding: '2px 10px',
              whiteSpace: 'pre-wrap',
              wordBreak: 'break-word',
              minHeight: 24,
              background: line.kind === 'added' ? '#f6ffed' : line.kind === 'removed' ? '#fff1f0' : undefined,
              textDecoration: line.kind === 'removed' ? 'line-through' : undefined,
              color: line.kind === 'removed' ? token.colorTextSecondary : undefined,
            }}
          >
            <span aria-hidden style={{ display: 'inline-block', width: 14, color: token.colorTextTertiary }}>
              {line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ''}
            </span>
            {line.text}
          </div>
        ),
      )}
    </div>
  );
}
