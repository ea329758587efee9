import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { EmptyState, LoadFailed, Loading } from '../../shared/ui/page-state';
import { useProblemHandler } from '../../shared/ui/use-problem-handler';
import { SplitPane } from '../../shared/ui/split-pane';
import { useChannels, useJoinChannel } from './api/channels';
import { parseSeq } from './conversation/anchors';
import { Conversation } from './conversation/conversation';
import { ChannelListPane } from './list/channel-list-pane';

/** `/messages` and `/messages/:channelId`: my conversations | the open one. */
/** `canCreateDepartmentChannels`: I administer some department (the server still decides which). */
export function MessagesPage({
  myId,
  canCreateDepartmentChannels = false,
}: {
  myId: string;
  canCreateDepartmentChannels?: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { channelId, seq } = useParams();
  const [params] = useSearchParams();
  const channels = useChannels();
  const channel = channels.data?.find((candidate) => candidate.id === channelId);

  let detail;
  if (!channelId) {
    detail = (
      <div style={{ paddingTop: '20vh' }}>
        <EmptyState text={t('chat.pick')} />
      </div>
    );
  } else if (channel) {
    detail = (
      <Conversation
        key={channel.id}
        channel={channel}
        myId={myId}
        onLeft={() => void navigate('/messages')}
        seq={parseSeq(seq)}
      />
    );
  } else if (channels.isLoading || channels.isFetching) {
    detail = <Loading />;
  } else if (channels.isError) {
    detail = <LoadFailed error={channels.error} />;
  } else {
    // a link from elsewhere (a search hit, a shared permalink) to a public channel one has not joined
    detail = <JoinToRead channelId={channelId} />;
  }

  return (
    <SplitPane
      showDetail={channelId !== undefined}
      onBack={() => void navigate('/messages')}
      hideBack={params.has('thread')}
      list={
        <ChannelListPane
          selectedId={channelId}
          myId={myId}
          canCreateDepartmentChannels={canCreateDepartmentChannels}
          onOpen={(id, threadId) => void navigate(`/messages/${id}${threadId ? `?thread=${threadId}` : ''}`)}
        />
      }
      detail={detail}
    />
  );
}

/** Joining puts the channel in my list, and the conversation opens where the link points. */
function JoinToRead({ channelId }: { channelId: string }) {
  const { t } = useTranslation();
  const join = useJoinChannel();
  const showProblem = useProblemHandler();
  return (
    <Result
      status="info"
      title={t('chat.joinToRead')}
      extra={
        <Button
          type="primary"
          loading={join.isPending}
          onClick={() => join.mutate(channelId, { onError: (error) => showProblem(error) })}
          data-testid="join-to-read"
        >
          {t('chat.join')}
        </Button>
      }
    />
  );
}
