import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Segmented, Select, Switch, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/i18n/format';
import { type Announcement, categoriesQuery, channelsQuery } from '../api/writing';
import { AudiencePicker } from './audience-picker';
import { BodyEditor } from './body-editor';
import { type DraftFields, IMPORTANCES, sameDraft } from './draft-form';
import { EditorActions } from './editor-actions';
import { TaskPlanCard, useTaskPlan } from './task-plan';
import type { DraftField } from './field-problems';
import { AttachmentsField, CoverField } from './file-fields';
import { dropLocalDraft, keepLocalDraft, readLocalDraft } from './local-draft';
import { ReviewPanel } from './review-panel';

interface AnnouncementEditorProps {
  /** Absent for a new announcement. */
  announcement?: Announcement;
  initial: DraftFields;
}

const dateValue = (iso: string | null) => (iso ? dayjs(iso) : null);

/** Writing one announcement: its fields, text, audience and options, and what can be done with it. */
export function AnnouncementEditor({ announcement, initial }: AnnouncementEditorProps) {
  const { t, i18n } = useTranslation();
  const id = announcement?.id;
  const [fields, setFields] = useState(initial);
  // a new key remounts the rich text with other content (a restored local copy)
  const [bodyKey, setBodyKey] = useState(0);
  const [local, setLocal] = useState(() => {
    const kept = readLocalDraft(id);
    return kept && !sameDraft(kept.fields, initial) ? kept : undefined;
  });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<DraftField, string>>>({});
  const categories = useQuery(categoriesQuery);
  const channels = useQuery(channelsQuery);
  const set = (patch: Partial<DraftFields>) => {
    setFields((current) => ({ ...current, ...patch }));
    // a changed field is no longer the one the server refused
    setFieldErrors((current) => {
      const touched = Object.keys(patch).filter((key) => key in current);
      return touched.length === 0
        ? current
        : Object.fromEntries(Object.entries(current).filter(([key]) => !touched.includes(key)));
    });
  };
  const errorOf = (field: DraftField) =>
    fieldErrors[field] ? { validateStatus: 'error' as const, help: fieldErrors[field] } : {};
  const zh = i18n.language.startsWith('zh');
  const published = announcement?.state === 'PUBLISHED';
  const [taskPlan, setTaskPlan] = useTaskPlan(announcement?.id);

  // what was typed survives a failed save or a closed tab; a successful save drops the copy
  useEffect(() => {
    if (sameDraft(fields, initial)) return;
    const timer = window.setTimeout(() => keepLocalDraft(id, fields), 400);
    return () => window.clearTimeout(timer);
  }, [fields, initial, id]);

  // a new announcement takes the first category until the author picks one
  const active = (categories.data ?? []).filter((category) => !category.archived || category.key === fields.category);
  const draft = fields.category || !active[0] ? fields : { ...fields, category: active[0].key };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960, margin: '0 auto', padding: '16px 16px 96px' }}>
      <Flex align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {id ? t('announce.write.editTitle') : t('announce.write.newTitle')}
        </Typography.Title>
        {announcement && <Tag data-testid="announce-state">{t(`announce.write.state.${announcement.state}`)}</Tag>}
      </Flex>
      {local && (
        <Alert
          type="info"
          showIcon
          data-testid="announce-local-draft"
          message={t('announce.write.localDraft', { time: formatDateTime(local.savedAt, i18n.language) })}
          action={
            <Flex gap={8}>
              <Button
                size="small"
                type="primary"
                onClick={() => {
                  setFields(local.fields);
                  setBodyKey((key) => key + 1);
                  setLocal(undefined);
                }}
                data-testid="announce-local-restore"
              >
                {t('announce.write.localRestore')}
              </Button>
              <Button
                size="small"
                onClick={() => {
                  dropLocalDraft(id);
                  setLocal(undefined);
                }}
              >
                {t('announce.write.localDiscard')}
              </Button>
            </Flex>
          }
        />
      )}
      {announcement?.state === 'RETURNED' && announcement.returnComment && (
        <Alert
          type="warning"
          showIcon
          message={t('announce.write.returned')}
          description={announcement.returnComment}
          data-testid="announce-returned"
        />
      )}
      {announcement?.capabilities.review && announcement.state === 'PENDING_APPROVAL' && (
        <ReviewPanel id={announcement.id} />
      )}
      <Form layout="vertical" component="div">
        <Form.Item label={t('announce.write.title')} required {...errorOf('title')}>
          <Input
            value={fields.title}
            onChange={(event) => set({ title: event.target.value })}
            maxLength={200}
            size="large"
            placeholder={t('announce.write.titlePlaceholder')}
            data-testid="announce-title"
          />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item label={t('announce.write.category')} style={{ flex: '1 1 200px' }} {...errorOf('category')}>
            <Select
              value={draft.category ?? undefined}
              onChange={(category: string) => set({ category })}
              loading={categories.isLoading}
              options={active.map((category) => ({
                value: category.key,
                label: zh ? category.name.zh : category.name.en,
              }))}
              data-testid="announce-category"
            />
          </Form.Item>
          <Form.Item label={t('announce.write.importanceLabel')} style={{ flex: '1 1 260px' }}>
            <Segmented
              value={fields.importance}
              onChange={(importance) => set({ importance })}
              options={IMPORTANCES.map((value) => ({ value, label: t(`announce.write.importance.${value}`) }))}
              data-testid="announce-importance"
            />
          </Form.Item>
          <Form.Item label={t('announce.write.mustRead')} tooltip={t('announce.write.mustReadHint')}>
            <Switch
              checked={fields.mustRead}
              onChange={(mustRead) => set({ mustRead })}
              data-testid="announce-must-read"
            />
          </Form.Item>
        </Flex>
        <Form.Item label={t('announce.write.cover')}>
          <CoverField value={fields.coverFileId} onChange={(coverFileId) => set({ coverFileId })} />
        </Form.Item>
        <Form.Item label={t('announce.write.body')}>
          <Card size="small" styles={{ body: { padding: 0 } }}>
            <BodyEditor key={bodyKey} initial={fields.body} onChange={(body) => set({ body })} />
          </Card>
        </Form.Item>
        <Form.Item label={t('announce.write.attachments')}>
          <AttachmentsField value={fields.attachments} onChange={(attachments) => set({ attachments })} />
        </Form.Item>
        <Card size="small" title={t('announce.write.audienceTitle')} style={{ marginBottom: 24 }}>
          <AudiencePicker value={fields.audience} onChange={(audience) => set({ audience })} />
          {fieldErrors.audience && (
            <Alert
              type="error"
              showIcon
              message={fieldErrors.audience}
              style={{ marginTop: 12 }}
              data-testid="announce-audience-error"
            />
          )}
          <Flex align="center" gap={8} style={{ marginTop: 12 }}>
            <Switch
              checked={fields.includeLaterJoiners}
              onChange={(includeLaterJoiners) => set({ includeLaterJoiners })}
              data-testid="announce-later-joiners"
            />
            <span>{t('announce.write.laterJoiners')}</span>
          </Flex>
        </Card>
        <Card size="small" title={t('announce.write.optionsTitle')}>
          <Flex gap={16} wrap>
            <Form.Item
              label={t('announce.write.expiresAt')}
              tooltip={t('announce.write.expiresHint')}
              {...errorOf('expiresAt')}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                value={dateValue(fields.expiresAt)}
                onChange={(value) => set({ expiresAt: value?.toISOString() ?? null })}
                data-testid="announce-expires"
              />
            </Form.Item>
            <Form.Item label={t('announce.write.pinnedUntil')} {...errorOf('pinnedUntil')}>
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                value={dateValue(fields.pinnedUntil)}
                onChange={(value) => set({ pinnedUntil: value?.toISOString() ?? null })}
                data-testid="announce-pinned"
              />
            </Form.Item>
            <Form.Item label={t('announce.write.channel')} style={{ flex: '1 1 220px' }}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                value={fields.channelId ?? undefined}
                onChange={(channelId: string | undefined) => set({ channelId: channelId ?? null })}
                loading={channels.isLoading}
                placeholder={t('announce.write.channelNone')}
                options={(channels.data ?? [])
                  .filter((channel) => !channel.archived && channel.kind !== 'DIRECT' && channel.kind !== 'GROUP')
                  .map((channel) => ({ value: channel.id, label: `# ${channel.name ?? ''}` }))}
                data-testid="announce-channel"
              />
            </Form.Item>
          </Flex>
          <Flex gap={24} wrap>
            <Flex align="center" gap={8}>
              <Switch
                checked={fields.commentsEnabled}
                onChange={(commentsEnabled) => set({ commentsEnabled })}
                data-testid="announce-comments"
              />
              <span>{t('announce.write.comments')}</span>
            </Flex>
            <Flex align="center" gap={8}>
              <Switch
                checked={fields.reactionsEnabled}
                onChange={(reactionsEnabled) => set({ reactionsEnabled })}
                data-testid="announce-reactions"
              />
              <span>{t('announce.write.reactions')}</span>
            </Flex>
          </Flex>
        </Card>
      </Form>
      {!published && <TaskPlanCard plan={taskPlan} onChange={setTaskPlan} />}
      <EditorActions
        announcement={announcement}
        fields={draft}
        taskPlan={published ? undefined : taskPlan}
        published={published}
        onFieldProblem={(field, text) => setFieldErrors((current) => ({ ...current, [field]: text }))}
      />
    </Flex>
  );
}
