import { Typography, theme } from 'antd';
import { Fragment } from 'react';
import { Link } from 'react-router';
import type { PageComment } from '../api/types';

const TOKEN = /<@([0-9a-fA-F-]{36})>/g;

/** A comment's plain text, its mentions as links to the people named. */
export function CommentText({ comment }: { comment: PageComment }) {
  const { token } = theme.useToken();
  const names = new Map(comment.mentions.map((person) => [person.id, person.name]));
  const parts = comment.body.split(TOKEN);
  return (
    <Typography.Paragraph
      style={{ whiteSpace: 'pre-wrap', margin: 0, wordBreak: 'break-word' }}
      data-testid="comment-body"
    >
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <Link
            key={index}
            to={`/directory/people/${part}`}
            style={{ color: token.colorPrimary, background: token.colorPrimaryBg, borderRadius: 4, padding: '0 3px' }}
            data-testid="comment-mention"
          >
            @{names.get(part) ?? '…'}
          </Link>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </Typography.Paragraph>
  );
}
