import { DeleteOutlined, FilterOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Badge, Button, Flex, Input, Modal, Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useDeleteView, useSaveView, useViews } from './api/projects';
import { DUE_FILTERS, PRIORITIES, type SavedView, type TaskCard, type TaskFilter } from './api/types';
import { compactFilter, isEmptyFilter, sameFilter } from './filter';

const MAX_VIEW_NAME = 60;

interface FilterBarProps {
  projectId: string;
  /** Every card of the board: whom and which tags the filter offers. */
  cards: TaskCard[];
  filter: TaskFilter;
  onFilter: (filter: TaskFilter, viewId?: string) => void;
  viewId?: string;
}

/**
 * Filters the board and the list by assignee, due date, priority and tag, and keeps a filter as a
 * named view of mine to come back to (the views are saved on the server, per person).
 */
export function FilterBar({ projectId, cards, filter, onFilter, viewId }: FilterBarProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const onProblem = useProblemHandler();
  const views = useViews(projectId);
  const save = useSaveView(projectId);
  const remove = useDeleteView(projectId);
  const [naming, setNaming] = useState<string | undefined>();
  const isPhone = useIsPhone();
  const [showing, setShowing] = useState(false);
  const active = Object.keys(compactFilter(filter)).length;

  const people = useMemo(() => {
    const byId = new Map(cards.flatMap((card) => card.assignees).map((person) => [person.id, person]));
    filter.assigneeIds?.forEach(
      (id) => !byId.has(id) && byId.set(id, { id, name: t('taskBoard.filter.someone'), avatarColor: '' }),
    );
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [cards, filter.assigneeIds, t]);
  const tags = useMemo(
    () => [...new Set([...cards.flatMap((card) => card.tags), ...(filter.tags ?? [])])].sort(),
    [cards, filter.tags],
  );
  const set = (part: Partial<TaskFilter>) => onFilter(compactFilter({ ...filter, ...part }));
  const current = views.data?.find((view) => view.id === viewId);

  const saveView = () => {
    const name = naming?.trim();
    if (!name) return;
    save.mutate(
      { name, filter: compactFilter(filter) },
      {
        onSuccess: (view: SavedView) => {
          setNaming(undefined);
          onFilter(view.filter, view.id);
        },
        onError: (error) => onProblem(error),
      },
    );
  };
  const deleteView = (view: SavedView) =>
    modal.confirm({
      title: t('taskBoard.views.deleteConfirm', { name: view.name }),
      okButtonProps: { danger: true, 'data-testid': 'view-delete-confirm' },
      okText: t('common.delete'),
      onOk: () =>
        remove
          .mutateAsync(view.id)
          .then(() => view.id === viewId && onFilter(filter))
          .catch((error: unknown) => onProblem(error)),
    });

  return (
    <Flex gap={8} wrap align="center" data-testid="filter-bar">
      {!isPhone && <FilterOutlined aria-hidden />}
      {isPhone && (
        <Badge count={active} size="small">
          <Button
            icon={<FilterOutlined />}
            onClick={() => setShowing(!showing)}
            aria-expanded={showing}
            data-testid="filter-toggle"
          >
            {t('taskBoard.filter.title')}
          </Button>
        </Badge>
      )}
      {(!isPhone || showing) && (
        <Flex
          gap={8}
          wrap
          align="center"
          style={{
            order: isPhone ? 1 : 0,
            width: isPhone ? '100%' : undefined,
            flex: isPhone ? undefined : '1 1 auto',
          }}
        >
          <Select
            mode="multiple"
            allowClear
            placeholder={t('taskBoard.filter.assignee')}
            value={filter.assigneeIds ?? []}
            onChange={(assigneeIds: string[]) => set({ assigneeIds })}
            options={people.map((person) => ({ value: person.id, label: person.name }))}
            optionFilterProp="label"
            maxTagCount="responsive"
            style={{ minWidth: 140, flex: '1 1 140px', maxWidth: 240 }}
            data-testid="filter-assignee"
          />
          <Select
            allowClear
            placeholder={t('taskBoard.filter.due')}
            value={filter.due}
            onChange={(due?: TaskFilter['due']) => set({ due })}
            options={DUE_FILTERS.map((value) => ({ value, label: t(`taskBoard.due.${value}`) }))}
            style={{ minWidth: 110, flex: '1 1 110px', maxWidth: 160 }}
            data-testid="filter-due"
          />
          <Select
            mode="multiple"
            allowClear
            placeholder={t('taskBoard.filter.priority')}
            value={filter.priorities ?? []}
            onChange={(priorities: TaskFilter['priorities']) => set({ priorities })}
            options={PRIORITIES.map((value) => ({ value, label: t(`taskBoard.priority.${value}`) }))}
            maxTagCount="responsive"
            style={{ minWidth: 120, flex: '1 1 120px', maxWidth: 200 }}
            data-testid="filter-priority"
          />
          <Select
            mode="multiple"
            allowClear
            placeholder={t('taskBoard.filter.tag')}
            value={filter.tags ?? []}
            onChange={(chosen: string[]) => set({ tags: chosen })}
            options={tags.map((tag) => ({ value: tag, label: tag }))}
            maxTagCount="responsive"
            style={{ minWidth: 110, flex: '1 1 110px', maxWidth: 200 }}
            data-testid="filter-tag"
          />
        </Flex>
      )}
      <Space.Compact>
        <Select
          placeholder={t('taskBoard.views.pick')}
          value={current?.id}
          allowClear
          onClear={() => onFilter({})}
          onChange={(id?: string) => {
            const view = views.data?.find((candidate) => candidate.id === id);
            if (view) onFilter(view.filter, view.id);
          }}
          options={views.data?.map((view) => ({ value: view.id, label: view.name }))}
          optionRender={(option) => {
            const view = views.data?.find((candidate) => candidate.id === option.value);
            return (
              <Flex justify="space-between" align="center" gap={8} data-testid="view-option">
                <span>{option.label}</span>
                {view && (
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('taskBoard.views.delete', { name: view.name })}
                    onClick={(event) => {
                      event.stopPropagation();
                      deleteView(view);
                    }}
                    data-testid="view-delete"
                  />
                )}
              </Flex>
            );
          }}
          notFoundContent={t('taskBoard.views.none')}
          style={{ width: 150 }}
          data-testid="saved-views"
        />
        <Button
          icon={<SaveOutlined />}
          disabled={isEmptyFilter(filter) || (!!current && sameFilter(current.filter, filter))}
          onClick={() => setNaming('')}
          aria-label={t('taskBoard.views.save')}
          title={t('taskBoard.views.save')}
          data-testid="view-save"
        />
      </Space.Compact>
      <Modal
        open={naming !== undefined}
        title={t('taskBoard.views.save')}
        onCancel={() => setNaming(undefined)}
        onOk={saveView}
        okButtonProps={{ disabled: !naming?.trim(), loading: save.isPending, 'data-testid': 'view-save-confirm' }}
        destroyOnHidden
      >
        <Input
          autoFocus
          value={naming}
          maxLength={MAX_VIEW_NAME}
          placeholder={t('taskBoard.views.name')}
          onChange={(event) => setNaming(event.target.value)}
          onPressEnter={saveView}
          data-testid="view-name"
        />
      </Modal>
    </Flex>
  );
}
