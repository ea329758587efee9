import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { departmentsQuery } from '../../shared/api/org-queries';
import { formatBytes } from '../../shared/i18n/format';
import type { AuditEntry } from './api/audit';

/** The translation key of an audit action: dots would nest, so `chat.channel.created` is `chat/channel/created`. */
export const actionKey = (action: string) => `admin.audit.actions.${action.replaceAll('.', '/')}`;

const DEPARTMENT_KEYS = new Set([
  'parentId',
  'previousParentId',
  'departmentId',
  'primaryDepartmentId',
  'departmentIds',
]);
/** Ids nobody can read; the raw record behind the tooltip keeps them. */
const HIDDEN_KEYS = new Set(['headId', 'tokenId']);
const BYTE_KEYS = new Set(['maxBytes', 'previousMaxBytes']);
const FIELD_KEYS = new Set(['changed', 'changedFields']);

/** What the entry is about, as "channel #设计" or "部门 销售部". */
export function targetText(entry: AuditEntry, t: TFunction): string {
  const type = t(`admin.audit.targets.${entry.targetType}`, { defaultValue: entry.targetType });
  if (entry.targetType === 'settings' && entry.targetLabel) {
    return `${type} · ${t(`admin.audit.settings.${entry.targetLabel.replaceAll(' ', '-')}`, { defaultValue: entry.targetLabel })}`;
  }
  if (!entry.targetLabel) return type;
  return entry.targetType === 'channel' ? `${type} #${entry.targetLabel}` : `${type} ${entry.targetLabel}`;
}

/** The entry's details as labelled, translated phrases ("type: public channel"), ids named. */
export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const departments = useQuery(departmentsQuery);
  const names = new Map((departments.data ?? []).map((department) => [department.id, department.name]));
  const separator = t('admin.audit.listSeparator');
  const one = (key: string, value: unknown): string => {
    if (typeof value === 'boolean') return t(value ? 'admin.audit.yes' : 'admin.audit.no');
    if (typeof value === 'number') return BYTE_KEYS.has(key) ? formatBytes(value, i18n.language) : String(value);
    const text = String(value);
    if (DEPARTMENT_KEYS.has(key)) return names.get(text) ?? (departments.isPending ? '…' : t('admin.audit.removed'));
    if (FIELD_KEYS.has(key)) return t(`admin.audit.fields.${text}`, { defaultValue: text });
    if (key === 'kind') return t(`admin.audit.kinds.${entry.targetType}.${text}`, { defaultValue: text });
    if (key === 'role') return t(`roles.${text}`, { defaultValue: text });
    if (key === 'channels') return `#${text}`;
    return text;
  };
  const phrases = Object.entries(entry.details ?? {})
    .filter(([key]) => !HIDDEN_KEYS.has(key))
    .map(([key, value]) => {
      const shown = Array.isArray(value)
        ? value.length
          ? value.map((item) => one(key, item)).join(separator)
          : t('admin.audit.none')
        : one(key, value);
      return t('admin.audit.phrase', { key: t(`admin.audit.keys.${key}`, { defaultValue: key }), value: shown });
    });
  return <span data-testid="audit-details">{phrases.join(t('admin.audit.phraseSeparator'))}</span>;
}
