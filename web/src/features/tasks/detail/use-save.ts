import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useUpdateTask } from '../api/tasks';
import type { TaskChange } from '../api/types';

/**
 * Saves one change of a task (PATCH: what is left out stays) and shows a refusal translated by its
 * code (a dependency cycle, a due date before the start, an assignee who cannot see the project).
 * The field shows the server's answer afterwards either way, so a refused value does not linger.
 */
export function useSave(id: string) {
  const update = useUpdateTask(id);
  const onProblem = useProblemHandler();
  const save = (change: TaskChange, onDone?: () => void) =>
    update.mutate(change, { onError: (error) => onProblem(error), onSettled: () => onDone?.() });
  return { save, saving: update.isPending };
}
