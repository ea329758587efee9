import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useSetCardDone } from './api/board-api';
import type { BoardState, TaskCard } from './api/types';
import { AddSection } from './add-section';
import { AddTaskInline } from './add-task-inline';
import { SectionMenu } from './section-menu';
import { TaskCardBody } from './task-card';

interface ListViewProps {
  projectId: string;
  board: BoardState;
  cards: TaskCard[];
  canEdit: boolean;
  canManage: boolean;
  onOpen: (id: string) => void;
}

/** The project as a list: each section with its tasks in board order, folded on a click. */
export function ListView({ projectId, board, cards, canEdit, canManage, onOpen }: ListViewProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const onProblem = useProblemHandler();
  const setDone = useSetCardDone(projectId);
  const [folded, setFolded] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setFolded((before) => {
      const next = new Set(before);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Flex vertical gap={16} style={{ padding: 16, maxWidth: 960 }} data-testid="task-list">
      {board.sections.map((section) => {
        const inSection = cards.filter((card) => card.sectionId === section.id);
        const all = board.cards.filter((card) => card.sectionId === section.id).length;
        const open = !folded.has(section.id);
        return (
          <section key={section.id} data-testid="list-section" data-section={section.id}>
            <Flex
              align="center"
              gap={4}
              style={{ borderBottom: `1px solid ${token.colorBorderSecondary}`, paddingBottom: 4 }}
            >
              <Button
                type="text"
                size="small"
                icon={open ? <DownOutlined /> : <RightOutlined />}
                onClick={() => toggle(section.id)}
                aria-expanded={open}
                aria-label={section.name}
              />
              <Typography.Text strong style={{ flex: 1, minWidth: 0 }} ellipsis data-testid="section-name">
                {section.name}
              </Typography.Text>
              <Typography.Text type="secondary">{inSection.length}</Typography.Text>
              {canManage && (
                <SectionMenu projectId={projectId} section={section} sections={board.sections} taskCount={all} />
              )}
            </Flex>
            {open && (
              <Flex vertical style={{ paddingInlineStart: 8 }}>
                {inSection.map((card) => (
                  <TaskCardBody
                    key={card.id}
                    card={card}
                    canEdit={canEdit}
                    layout="row"
                    onOpen={onOpen}
                    onDone={(changed, done) =>
                      setDone.mutate({ card: changed, done }, { onError: (error) => onProblem(error) })
                    }
                    style={{ padding: '8px 4px', borderBottom: `1px solid ${token.colorSplit}` }}
                  />
                ))}
                {inSection.length === 0 && (
                  <Typography.Text type="secondary" style={{ padding: '8px 4px' }}>
                    {t('taskBoard.section.empty')}
                  </Typography.Text>
                )}
                {canEdit && <AddTaskInline projectId={projectId} sectionId={section.id} />}
              </Flex>
            )}
          </section>
        );
      })}
      {canManage && <AddSection projectId={projectId} />}
    </Flex>
  );
}
