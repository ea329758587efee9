import { Checkbox, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useCopyPage } from '../api/pages';
import type { PageNode } from '../api/types';
import { pagePath } from '../routes';

interface CopyPageModalProps {
  node: PageNode;
  spaceId: string;
  /** How many pages lie below it (as the copier sees the tree). */
  descendants: number;
  onClose: () => void;
}

/** Copying a page that has pages below it: its title, and whether they come along. */
export function CopyPageModal({ node, spaceId, descendants, onClose }: CopyPageModalProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const copy = useCopyPage(spaceId);
  const onProblem = useProblemHandler();
  const [title, setTitle] = useState(() => t('docs.page.copyTitle', { title: node.title }));
  const [includeChildren, setIncludeChildren] = useState(true);

  return (
    <Modal
      open
      title={t('docs.page.copyDialog', { title: node.title })}
      onCancel={onClose}
      okText={t('docs.page.copy')}
      okButtonProps={{ disabled: !title.trim(), loading: copy.isPending, 'data-testid': 'page-copy-confirm' }}
      onOk={() =>
        copy.mutate(
          { id: node.id, title: title.trim(), includeChildren },
          {
            onSuccess: (page) => {
              onClose();
              void navigate(pagePath(spaceId, page.id));
            },
            onError: (error) => onProblem(error),
          },
        )
      }
    >
      <Input
        value={title}
        maxLength={200}
        onChange={(event) => setTitle(event.target.value)}
        data-testid="page-copy-title"
        style={{ marginBottom: 12 }}
      />
      <Checkbox
        checked={includeChildren}
        onChange={(event) => setIncludeChildren(event.target.checked)}
        data-testid="page-copy-children"
      >
        {t('docs.page.includeChildren', { count: descendants })}
      </Checkbox>
    </Modal>
  );
}
