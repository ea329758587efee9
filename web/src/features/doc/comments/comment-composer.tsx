import { useTranslation } from 'react-i18next';
import { MentionComposer, type MentionComposerProps } from '../../../shared/ui/mention-composer';

/** The longest comment the server keeps. */
export const MAX_COMMENT = 10_000;

/** A page comment's composer: the shared one with the page comments' limit and words. */
export function CommentComposer(props: Omit<MentionComposerProps, 'maxLength' | 'tooLongMessage' | 'sendLabel'>) {
  const { t } = useTranslation();
  return (
    <MentionComposer
      {...props}
      maxLength={MAX_COMMENT}
      tooLongMessage={t('errors.doc.comment-too-long', { max: MAX_COMMENT })}
      sendLabel={t('docs.comments.send')}
    />
  );
}
