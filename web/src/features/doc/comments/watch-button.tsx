import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useSetWatch, useWatch } from '../api/comments';

/** Whether I watch the page (told of its edits and comments), and the switch. */
export function WatchButton({ pageId }: { pageId: string }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const watch = useWatch(pageId);
  const setWatch = useSetWatch(pageId);
  const onProblem = useProblemHandler();
  const watching = watch.data?.watching ?? false;
  const label = watching ? t('docs.watch.watching') : t('docs.watch.watch');
  return (
    <Tooltip title={watching ? t('docs.watch.stopHint') : t('docs.watch.hint')}>
      <Button
        type="text"
        size="small"
        icon={watching ? <EyeOutlined /> : <EyeInvisibleOutlined />}
        aria-pressed={watching}
        aria-label={label}
        loading={watch.isLoading || setWatch.isPending}
        onClick={() => setWatch.mutate(!watching, { onError: (error) => onProblem(error) })}
        data-testid="page-watch"
        data-watching={watching}
      >
        {isPhone ? null : label}
      </Button>
    </Tooltip>
  );
}
