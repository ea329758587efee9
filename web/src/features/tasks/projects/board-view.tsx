import {
  closestCorners,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragOverEvent,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useDroppable,
  useSensor,
  useSensors,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  horizontalListSortingStrategy,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { HolderOutlined, SwapOutlined } from '@ant-design/icons';
import { Badge, Button, Dropdown, Flex, theme, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useMoveCard, useSetCardDone } from './api/board-api';
import { useUpdateSection } from './api/projects';
import type { BoardState, Section, TaskCard } from './api/types';
import { moveTarget } from './board-moves';
import { AddSection } from './add-section';
import { AddTaskInline } from './add-task-inline';
import { TaskCardBody } from './task-card';

const COLUMN = 'section:';
const columnId = (section: Section) => `${COLUMN}${section.id}`;
const isColumn = (id: UniqueIdentifier) => String(id).startsWith(COLUMN);

interface BoardViewProps {
  projectId: string;
  board: BoardState;
  /** The cards the filter keeps, in board order. */
  cards: TaskCard[];
  canEdit: boolean;
  canManage: boolean;
  onOpen: (id: string) => void;
}

/** Card ids per section id, in the order shown. */
type Columns = Record<string, string[]>;

function columnsOf(sections: Section[], cards: TaskCard[]): Columns {
  const columns: Columns = Object.fromEntries(sections.map((section) => [section.id, []]));
  cards.forEach((card) => card.sectionId && columns[card.sectionId]?.push(card.id));
  return columns;
}

function SortableCard({ card, children, disabled }: { card: TaskCard; children: ReactNode; disabled: boolean }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: card.id,
    data: { type: 'card' },
    disabled,
  });
  const { token } = theme.useToken();
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        opacity: isDragging ? 0.4 : 1,
        background: token.colorBgContainer,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
        padding: 10,
        cursor: disabled ? undefined : 'grab',
        touchAction: 'manipulation',
      }}
      data-testid="board-card"
      data-task={card.id}
    >
      {children}
    </div>
  );
}

function Column({
  section,
  count,
  canManage,
  children,
  footer,
}: {
  section: Section;
  count: number;
  canManage: boolean;
  children: ReactNode;
  footer: ReactNode;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const isPhone = useIsPhone();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: columnId(section),
    data: { type: 'column' },
    disabled: !canManage,
  });
  // an empty column still takes a card
  const { setNodeRef: setDropRef } = useDroppable({
    id: `drop:${section.id}`,
    data: { type: 'column-body', sectionId: section.id },
  });
  return (
    <div
      ref={setNodeRef}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        opacity: isDragging ? 0.5 : 1,
        flex: 'none',
        width: isPhone ? 'calc(100vw - 48px)' : 280,
        maxHeight: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: token.colorFillQuaternary,
        borderRadius: token.borderRadiusLG,
        scrollSnapAlign: 'start',
      }}
      data-testid="board-column"
      data-section={section.id}
    >
      <Flex align="center" gap={6} style={{ padding: '10px 12px 6px' }}>
        {canManage && (
          <Button
            type="text"
            size="small"
            icon={<HolderOutlined />}
            aria-label={t('taskBoard.board.dragColumn', { name: section.name })}
            {...attributes}
            {...listeners}
            style={{ cursor: 'grab', touchAction: 'none' }}
            data-testid="column-handle"
          />
        )}
        <Typography.Text strong ellipsis style={{ flex: 1 }} data-testid="column-name">
          {section.name}
        </Typography.Text>
        <Badge count={count} showZero color={token.colorTextQuaternary} />
      </Flex>
      <div
        ref={setDropRef}
        style={{ flex: 1, overflowY: 'auto', padding: '4px 8px', minHeight: 48 }}
        data-testid="column-cards"
      >
        <Flex vertical gap={8}>
          {children}
        </Flex>
      </div>
      <div style={{ padding: '4px 8px 8px' }}>{footer}</div>
    </div>
  );
}

/** The phone's way to move a card without dragging: pick the column it goes to (at its end). */
function MoveToMenu({ card, sections, onMove }: { card: TaskCard; sections: Section[]; onMove: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: sections.map((section) => ({
          key: section.id,
          label: section.name,
          disabled: section.id === card.sectionId,
        })),
        onClick: ({ key }) => onMove(key),
      }}
    >
      <Button
        type="text"
        size="small"
        icon={<SwapOutlined />}
        aria-label={t('taskBoard.board.moveTo')}
        onPointerDown={(event) => event.stopPropagation()}
        data-testid="card-move-to"
      />
    </Dropdown>
  );
}

/**
 * The kanban board: a column per section, cards dragged within and between columns (mouse, touch
 * after a short press, or the keyboard: space to lift, arrows to move, space to drop) and columns
 * dragged by their handle. A drop moves the card at once and asks the server to place it between
 * its new neighbours; a refusal puts it back and says why. On a phone each card also has a
 * "move to…" menu.
 */
export function BoardView({ projectId, board, cards, canEdit, canManage, onOpen }: BoardViewProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const isPhone = useIsPhone();
  const onProblem = useProblemHandler();
  const move = useMoveCard(projectId);
  const setDone = useSetCardDone(projectId);
  const updateSection = useUpdateSection(projectId);
  const shown = useMemo(() => columnsOf(board.sections, cards), [board.sections, cards]);
  /** While a card is dragged: where it is now, before the drop decides. */
  const [dragging, setDragging] = useState<Columns | undefined>();
  const [activeId, setActiveId] = useState<UniqueIdentifier | undefined>();
  const columns = dragging ?? shown;
  const byId = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const sectionOf = (id: UniqueIdentifier, within: Columns): string | undefined => {
    const key = String(id);
    if (key.startsWith('drop:')) return key.slice('drop:'.length);
    if (isColumn(key)) return key.slice(COLUMN.length);
    return Object.keys(within).find((sectionId) => within[sectionId].includes(key));
  };

  const sendMove = (cardId: string, sectionId: string, index: number, order: Columns) => {
    const column = order[sectionId].map((id) => byId.get(id)).filter((card): card is TaskCard => !!card);
    const target = moveTarget(column, cardId, sectionId, index);
    const card = byId.get(cardId);
    if (card?.sectionId === sectionId && shown[sectionId].join() === order[sectionId].join()) return;
    move.mutate({ cardId, target }, { onError: (error) => onProblem(error) });
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    setActiveId(active.id);
    if (!isColumn(active.id)) setDragging(shown);
  };

  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over || isColumn(active.id) || !dragging) return;
    const from = sectionOf(active.id, dragging);
    const to = sectionOf(over.id, dragging);
    if (!from || !to || from === to) return;
    const target = dragging[to];
    const overIndex = target.indexOf(String(over.id));
    const index = overIndex >= 0 ? overIndex : target.length;
    setDragging({
      ...dragging,
      [from]: dragging[from].filter((id) => id !== active.id),
      [to]: [...target.slice(0, index), String(active.id), ...target.slice(index)],
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(undefined);
    const order = dragging;
    setDragging(undefined);
    if (!over) return;
    if (isColumn(active.id)) {
      const ids = board.sections.map(columnId);
      const from = ids.indexOf(String(active.id));
      const overSection = sectionOf(over.id, shown);
      const to = overSection ? ids.indexOf(`${COLUMN}${overSection}`) : -1;
      if (from >= 0 && to >= 0 && from !== to) {
        updateSection.mutate({ id: board.sections[from].id, position: to }, { onError: (error) => onProblem(error) });
      }
      return;
    }
    if (!order) return;
    const sectionId = sectionOf(active.id, order);
    if (!sectionId) return;
    const list = order[sectionId];
    const from = list.indexOf(String(active.id));
    const overIndex = list.indexOf(String(over.id));
    const to = overIndex >= 0 ? overIndex : from;
    const reordered = [...list];
    reordered.splice(from, 1);
    reordered.splice(to, 0, String(active.id));
    sendMove(String(active.id), sectionId, to, { ...order, [sectionId]: reordered });
  };

  const sectionName = (id?: UniqueIdentifier) => {
    const sectionId = id === undefined ? undefined : sectionOf(id, columns);
    return board.sections.find((section) => section.id === sectionId)?.name ?? '';
  };
  const cardTitle = (id: UniqueIdentifier) => byId.get(String(id))?.title ?? sectionName(id);
  const announcements = {
    onDragStart: ({ active }: { active: { id: UniqueIdentifier } }) =>
      t('taskBoard.board.announce.start', { title: cardTitle(active.id) }),
    onDragOver: ({ active, over }: { active: { id: UniqueIdentifier }; over: { id: UniqueIdentifier } | null }) =>
      over
        ? t('taskBoard.board.announce.over', { title: cardTitle(active.id), column: sectionName(over.id) })
        : undefined,
    onDragEnd: ({ active, over }: { active: { id: UniqueIdentifier }; over: { id: UniqueIdentifier } | null }) =>
      over
        ? t('taskBoard.board.announce.end', { title: cardTitle(active.id), column: sectionName(over.id) })
        : t('taskBoard.board.announce.cancel', { title: cardTitle(active.id) }),
    onDragCancel: ({ active }: { active: { id: UniqueIdentifier } }) =>
      t('taskBoard.board.announce.cancel', { title: cardTitle(active.id) }),
  };

  const body = (card: TaskCard, extra?: ReactNode) => (
    <TaskCardBody
      card={card}
      canEdit={canEdit}
      layout="box"
      onOpen={onOpen}
      onDone={(changed, done) => setDone.mutate({ card: changed, done }, { onError: (error) => onProblem(error) })}
      extra={extra}
    />
  );
  const active = activeId !== undefined && !isColumn(activeId) ? byId.get(String(activeId)) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        setActiveId(undefined);
        setDragging(undefined);
      }}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('taskBoard.board.instructions') },
      }}
    >
      <div
        style={{
          display: 'flex',
          gap: 12,
          overflowX: 'auto',
          height: '100%',
          padding: isPhone ? 12 : 16,
          alignItems: 'flex-start',
          scrollSnapType: isPhone ? 'x mandatory' : undefined,
        }}
        data-testid="task-board"
      >
        <SortableContext items={board.sections.map(columnId)} strategy={horizontalListSortingStrategy}>
          {board.sections.map((section) => (
            <Column
              key={section.id}
              section={section}
              count={columns[section.id]?.length ?? 0}
              canManage={canManage}
              footer={canEdit && <AddTaskInline projectId={projectId} sectionId={section.id} />}
            >
              <SortableContext items={columns[section.id] ?? []} strategy={verticalListSortingStrategy}>
                {(columns[section.id] ?? []).map((id) => {
                  const card = byId.get(id);
                  return (
                    card && (
                      <SortableCard key={id} card={card} disabled={!canEdit}>
                        {body(
                          card,
                          isPhone && canEdit && (
                            <MoveToMenu
                              card={card}
                              sections={board.sections}
                              onMove={(sectionId) =>
                                sendMove(card.id, sectionId, columns[sectionId].length, {
                                  ...columns,
                                  [sectionId]: [...columns[sectionId], card.id],
                                })
                              }
                            />
                          ),
                        )}
                      </SortableCard>
                    )
                  );
                })}
              </SortableContext>
            </Column>
          ))}
        </SortableContext>
        {canManage && <AddSection projectId={projectId} width={isPhone ? 'calc(100vw - 48px)' : 280} />}
      </div>
      <DragOverlay>
        {active && (
          <div
            style={{
              transform: 'rotate(2deg)',
              background: token.colorBgElevated,
              boxShadow: token.boxShadowSecondary,
              borderRadius: token.borderRadius,
              padding: 10,
            }}
          >
            {body(active)}
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}
