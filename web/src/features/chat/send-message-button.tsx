import { MessageOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useProblemHandler } from '../../shared/ui/use-problem-handler';
import { useOpenDirect } from './api/channels';

/** Opens the direct conversation with the person (the server makes it on first use) and goes there. */
export function SendMessageButton({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const openDirect = useOpenDirect();
  const handleProblem = useProblemHandler();
  const open = () =>
    openDirect.mutate(personId, {
      onSuccess: (channel) => void navigate(`/messages/${channel.id}`),
      onError: (error) => handleProblem(error),
    });
  return (
    <Button
      type="primary"
      icon={<MessageOutlined />}
      loading={openDirect.isPending}
      onClick={open}
      data-testid="send-message"
    >
      {t('chat.sendMessage')}
    </Button>
  );
}
