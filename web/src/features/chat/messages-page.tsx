import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiProblem } from '../../shared/api/problem';
import { EmptyState, LoadFailed, Loading } from '../../shared/ui/page-state';
import { SplitPane } from '../../shared/ui/split-pane';
import { useChannels } from './api/channels';
import { parseSeq } from './conversation/anchors';
import { Conversation } from './conversation/conversation';
import { ChannelListPane } from './list/channel-list-pane';

/** `/messages` and `/messages/:channelId`: my conversations | the open one. */
/** `canCreateDepartmentChannels`: I administer some department (the server still decides which). */
export function MessagesPage({ myId, canCreateDepartmentChannels = false }: { myId: string; canCreateDepartmentChannels?: boolean }) {
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
    detail = <Conversation key={channel.id} channel={channel} myId={myId} onLeft={() => void navigate('/messages')} seq={parseSeq(seq)} />;
  } else if (channels.isLoading || channels.isFetching) {
    detail = <Loading />;
  } else {
    detail = <LoadFailed error={channels.error ?? new ApiProblem({ status: 404, code: 'chat.channel-not-found' })} />;
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
