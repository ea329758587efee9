import { useQuery } from '@tanstack/react-query';
import { theme } from 'antd';
import { Link } from 'react-router';
import { departmentsQuery } from '../../../shared/api/org-queries';
import { type MentionTarget, SafeMarkdown } from '../markdown/safe-markdown';
import { usePersonName } from '../use-channel-title';

/** A message's text: safe markdown, with mentions shown as names (a person's links to their profile). */
export function MessageBody({ text, myId }: { text: string; myId: string }) {
  return (
    <div data-testid="message-body">
      <SafeMarkdown
        text={text}
        renderMention={(target, token) => <Mention key={token} target={target} myId={myId} />}
      />
    </div>
  );
}

function Mention({ target, myId }: { target: MentionTarget; myId: string }) {
  const { token } = theme.useToken();
  const me = target.kind === 'everyone' || (target.kind === 'person' && target.id === myId);
  const style = {
    padding: '0 3px',
    borderRadius: 4,
    color: token.colorPrimary,
    background: me ? token.colorWarningBg : token.colorPrimaryBg,
    fontWeight: 500,
  };
  if (target.kind === 'person') return <PersonMention id={target.id} style={style} />;
  if (target.kind === 'department') return <DepartmentMention id={target.id} style={style} />;
  return (
    <span data-testid="mention" style={style}>
      @{target.word}
    </span>
  );
}

function PersonMention({ id, style }: { id: string; style: React.CSSProperties }) {
  const { name } = usePersonName(id);
  return (
    <Link to={`/directory/people/${id}`} data-testid="mention" style={style}>
      @{name}
    </Link>
  );
}

function DepartmentMention({ id, style }: { id: string; style: React.CSSProperties }) {
  const departments = useQuery(departmentsQuery);
  const name = departments.data?.find((department) => department.id === id)?.name ?? '…';
  return (
    <span data-testid="mention" style={style}>
      @{name}
    </span>
  );
}
