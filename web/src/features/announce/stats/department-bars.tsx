import { RightOutlined } from '@ant-design/icons';
import { Breadcrumb, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/ui/page-state';
import type { ReceiptStatistics } from '../api/statistics';
import { type BarRow, barsOf, breadcrumb, percent } from './figures';

interface DepartmentBarsProps {
  level: ReceiptStatistics;
  /** Shows another department's level; undefined: the top. */
  onShow: (departmentId: string | undefined) => void;
}

/** One department's receipts: the opened share as a bar, the confirmed share darker inside it. */
function Bar({ row, mustRead }: { row: BarRow; mustRead: boolean }) {
  const { t } = useTranslation();
  const opened = percent(row.opened, row.delivered);
  const confirmed = percent(row.confirmed, row.delivered);
  return (
    <div
      className="announce-bar"
      role="img"
      aria-label={
        mustRead ? t('announce.stats.barLabel', { opened, confirmed }) : t('announce.stats.barLabelOpened', { opened })
      }
      data-testid="announce-bar"
    >
      <div className="announce-bar-opened" style={{ width: `${opened}%` }} />
      {mustRead && <div className="announce-bar-confirmed" style={{ width: `${confirmed}%` }} />}
    </div>
  );
}

/** Receipts by department, one level of the tree at a time: a department with sub-departments opens into them. */
export function DepartmentBars({ level, onShow }: DepartmentBarsProps) {
  const { t } = useTranslation();
  const crumbs = breadcrumb(level);
  const rows = barsOf(level);
  return (
    <Flex vertical gap={8}>
      <Breadcrumb
        data-testid="announce-drill-path"
        items={crumbs.map((crumb, index) => ({
          title:
            index === crumbs.length - 1 ? (
              crumb.name
            ) : (
              <a onClick={() => onShow(index === 0 ? undefined : crumb.id)}>{crumb.name}</a>
            ),
        }))}
      />
      {rows.length === 0 && <EmptyState />}
      {rows.map((row) => {
        const open = row.hasChildren ? () => onShow(row.id) : undefined;
        return (
          <div
            key={row.id}
            className={open ? 'announce-dept is-open-able' : 'announce-dept'}
            onClick={open}
            role={open ? 'button' : undefined}
            tabIndex={open ? 0 : undefined}
            onKeyDown={(event) => {
              if (open && (event.key === 'Enter' || event.key === ' ')) open();
            }}
            data-testid="announce-dept"
            data-department={row.name}
          >
            <Flex justify="space-between" align="baseline" gap={8} wrap>
              <Typography.Text strong={!row.direct} ellipsis style={{ minWidth: 0 }}>
                {row.direct
                  ? row.name
                    ? t('announce.stats.directIn', { name: row.name })
                    : t('announce.stats.noDepartment')
                  : row.name}
                {open && <RightOutlined style={{ fontSize: 10, marginInlineStart: 6 }} />}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ flex: 'none', fontVariantNumeric: 'tabular-nums' }}>
                {level.mustRead
                  ? t('announce.stats.rowConfirmed', {
                      opened: row.opened,
                      confirmed: row.confirmed,
                      delivered: row.delivered,
                    })
                  : t('announce.stats.rowOpened', { opened: row.opened, delivered: row.delivered })}
              </Typography.Text>
            </Flex>
            <Bar row={row} mustRead={level.mustRead} />
          </div>
        );
      })}
    </Flex>
  );
}
