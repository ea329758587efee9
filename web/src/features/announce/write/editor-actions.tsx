import { BarChartOutlined } from '@ant-design/icons';
import { App, Button, Flex, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiProblem } from '../../../shared/api/problem';
import { formatDateTime } from '../../../shared/i18n/format';
import { problemMessage } from '../../../shared/i18n/problem-message';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type Announcement, useDeleteDraft, usePublish, useSaveDraft, useWithdraw } from '../api/writing';
import { draftRequest, type DraftFields } from './draft-form';
import { type DraftField, fieldProblem } from './field-problems';
import { dropLocalDraft, keepLocalDraft } from './local-draft';
import { PreviewModal } from './preview-modal';
import { ScheduleModal } from './schedule-modal';
import { saveTaskPlan, type TaskPlan } from './task-plan';

interface EditorActionsProps {
  announcement?: Announcement;
  fields: DraftFields;
  /** The task each recipient gets, stored with every save until publication. */
  taskPlan?: TaskPlan;
  published: boolean;
  /** A refusal about one field (a missing title, an expiry before publication), shown at that field. */
  onFieldProblem: (field: DraftField, text: string) => void;
}

/** Save, preview, publish or schedule; for a published announcement, correct or withdraw it. */
export function EditorActions({ announcement, fields, taskPlan, published, onFieldProblem }: EditorActionsProps) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const onProblem = useProblemHandler();
  const save = useSaveDraft();
  const publish = usePublish();
  const withdraw = useWithdraw();
  const deleteDraft = useDeleteDraft();
  const [previewing, setPreviewing] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [scheduleError, setScheduleError] = useState<string>();
  const [reconfirm, setReconfirm] = useState(false);
  // a new announcement's id once its first save succeeded, so a later save updates rather than creates
  const [savedId, setSavedId] = useState(announcement?.id);
  const id = announcement?.id ?? savedId;
  const can = announcement?.capabilities;
  const busy = save.isPending || publish.isPending;

  /** Sends the fields to the server; on failure the local copy keeps them and the reason is shown. */
  const persist = async (openSaved: boolean): Promise<Announcement | undefined> => {
    if (!fields.title.trim()) {
      onFieldProblem('title', t('validation.required'));
      return undefined;
    }
    try {
      const saved = await save.mutateAsync({ id, draft: draftRequest(fields), reconfirm });
      if (taskPlan) await saveTaskPlan(saved.id, taskPlan);
      dropLocalDraft(announcement?.id);
      setSavedId(saved.id);
      if (openSaved && !announcement) void navigate(`/announcements/${saved.id}/edit`, { replace: true });
      return saved;
    } catch (error) {
      keepLocalDraft(announcement?.id, fields);
      refused(error);
      return undefined;
    }
  };

  /** Shows a refusal at its field (and as a message, the field may be out of sight), or as a message. */
  const refused = (error: unknown) => {
    const problem = fieldProblem(error, t);
    if (problem) onFieldProblem(problem.field, problem.text);
    onProblem(error);
  };

  const send = async (at?: string) => {
    const saved = await persist(false);
    if (!saved) return;
    try {
      const result = await publish.mutateAsync({ id: saved.id, at });
      setScheduling(false);
      if (result.state === 'PUBLISHED') {
        void message.success(t('announce.write.publishedNow'));
        void navigate(`/announcements/${result.id}/stats`);
        return;
      }
      if (!announcement) void navigate(`/announcements/${result.id}/edit`, { replace: true });
      if (result.state === 'SCHEDULED') {
        void message.success(
          t('announce.write.scheduledFor', { time: formatDateTime(result.publishAt ?? at, i18n.language) }),
        );
      } else if (result.state === 'PENDING_APPROVAL') {
        void message.info(t('announce.write.sentForApproval'));
      }
    } catch (error) {
      // a time in the past is the schedule field's problem: shown there, the dialog stays open
      if (at && error instanceof ApiProblem && error.code === 'announce.schedule-in-past')
        setScheduleError(problemMessage(error, t));
      else {
        setScheduling(false);
        refused(error);
      }
    }
  };

  const confirmWithdraw = (announcementId: string) =>
    modal.confirm({
      title: t('announce.write.withdrawConfirm'),
      content: t('announce.write.withdrawHint'),
      okText: t('announce.write.withdraw'),
      okButtonProps: { danger: true, 'data-testid': 'announce-withdraw-ok' },
      onOk: () =>
        withdraw.mutateAsync(announcementId).then(
          () => void message.success(t('announce.write.withdrawn')),
          (error: unknown) => onProblem(error),
        ),
    });

  const confirmDelete = (announcementId: string) =>
    modal.confirm({
      title: t('announce.write.deleteConfirm'),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      onOk: () =>
        deleteDraft.mutateAsync(announcementId).then(
          () => {
            dropLocalDraft(announcementId);
            void navigate('/announcements?box=mine');
          },
          (error: unknown) => onProblem(error),
        ),
    });

  return (
    <Flex gap={8} wrap justify="flex-end" align="center" className="announce-actions" data-testid="announce-actions">
      {id && can?.delete && (
        <Button danger onClick={() => confirmDelete(id)} data-testid="announce-delete">
          {t('common.delete')}
        </Button>
      )}
      {id && can?.withdraw && (
        <Button danger onClick={() => confirmWithdraw(id)} data-testid="announce-withdraw">
          {t('announce.write.withdraw')}
        </Button>
      )}
      {id && can?.stats && published && (
        <Button icon={<BarChartOutlined />} onClick={() => void navigate(`/announcements/${id}/stats`)}>
          {t('announce.stats.title')}
        </Button>
      )}
      <Button onClick={() => setPreviewing(true)} data-testid="announce-preview-open">
        {t('announce.write.preview')}
      </Button>
      {published ? (
        can?.edit && (
          <>
            {fields.mustRead && (
              <Flex align="center" gap={6}>
                <Switch checked={reconfirm} onChange={setReconfirm} size="small" data-testid="announce-reconfirm" />
                <span>{t('announce.write.reconfirm')}</span>
              </Flex>
            )}
            <Button
              type="primary"
              loading={save.isPending}
              onClick={() =>
                void persist(true).then(
                  (saved) => saved && void message.success(t('announce.write.corrected', { version: saved.version })),
                )
              }
              data-testid="announce-correct"
            >
              {t('announce.write.correct')}
            </Button>
          </>
        )
      ) : (
        <>
          {(!id || can?.edit) && (
            <Button
              loading={save.isPending && !publish.isPending}
              disabled={busy}
              onClick={() =>
                void persist(true).then((saved) => saved && void message.success(t('announce.write.saved')))
              }
              data-testid="announce-save"
            >
              {t('announce.write.saveDraft')}
            </Button>
          )}
          {(!id || can?.publish) && (
            <>
              <Button
                disabled={busy}
                onClick={() => {
                  setScheduleError(undefined);
                  setScheduling(true);
                }}
                data-testid="announce-schedule"
              >
                {t('announce.write.schedule')}
              </Button>
              <Button type="primary" loading={busy} onClick={() => void send()} data-testid="announce-publish">
                {t('announce.write.publish')}
              </Button>
            </>
          )}
        </>
      )}
      <PreviewModal fields={fields} open={previewing} onClose={() => setPreviewing(false)} />
      <ScheduleModal
        open={scheduling}
        error={scheduleError}
        pending={busy}
        onSchedule={(at) => {
          setScheduleError(undefined);
          void send(at);
        }}
        onClose={() => setScheduling(false)}
      />
    </Flex>
  );
}
