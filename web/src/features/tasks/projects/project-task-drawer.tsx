import { Drawer } from 'antd';
import { TaskDetail } from '../detail/task-detail';
import { useSignedInPerson } from '../tasks-layout';
import { useIsPhone } from '../../../shared/ui/use-is-phone';

/** A task of the project opened over it, in the module's task detail (full width on a phone). */
export function ProjectTaskDrawer({
  taskId,
  onOpen,
  onClose,
}: {
  taskId?: string;
  onOpen: (id: string) => void;
  onClose: () => void;
}) {
  const me = useSignedInPerson();
  const isPhone = useIsPhone();
  return (
    <Drawer
      open={!!taskId}
      onClose={onClose}
      closable={false}
      width={isPhone ? '100%' : 560}
      styles={{ body: { padding: 0 } }}
      destroyOnHidden
      data-testid="task-drawer"
    >
      {taskId && <TaskDetail id={taskId} myId={me.id} onOpen={onOpen} onDeleted={onClose} onClose={onClose} />}
    </Drawer>
  );
}
