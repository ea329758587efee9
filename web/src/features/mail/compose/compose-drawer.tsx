import { useQuery } from '@tanstack/react-query';
import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { Loading } from '../../../shared/ui/page-state';
import { listDrafts } from '../api/drafts';
import { mailKeys } from '../api/mail-api';
import type { Draft, Mailbox } from '../api/types';
import { Compose } from './compose';
import { fetchSignature } from './signature';

export const NEW_DRAFT = 'new';

/**
 * Compose over the mail screen: a wide drawer on a desk, the whole screen on a phone. `draftId` is
 * `new` or a saved draft, found in the mailbox's drafts (a reply or forward the server just
 * prefilled is already in the query cache).
 */
export function ComposeDrawer({
  mailbox,
  draftId,
  fresh,
  onClose,
}: {
  mailbox: Mailbox;
  draftId: string | null;
  fresh: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const saved = draftId && draftId !== NEW_DRAFT ? draftId : null;
  const drafts = useQuery({
    queryKey: mailKeys.drafts(mailbox.id),
    queryFn: () => listDrafts(mailbox.id),
    enabled: saved !== null,
  });
  const cached = useQuery<Draft | undefined>({ queryKey: mailKeys.draft(saved ?? ''), enabled: false });
  // the signature only matters for a mail started here; a saved draft already holds its own
  const signature = useQuery({
    queryKey: ['mail', 'signature', mailbox.id],
    queryFn: () => fetchSignature(mailbox.id),
    enabled: draftId !== null && (fresh || !saved),
    staleTime: 60_000,
  });
  const draft = saved ? (cached.data ?? drafts.data?.find((one) => one.id === saved)) : undefined;
  return (
    <Drawer
      open={draftId !== null}
      onClose={onClose}
      title={t('mail.compose.title')}
      placement={isPhone ? 'bottom' : 'right'}
      size={isPhone ? '100%' : 760}
      destroyOnHidden
      styles={{ body: { padding: 0 } }}
    >
      {(saved && !draft) || signature.isLoading ? (
        <Loading />
      ) : (
        <Compose
          key={saved ?? NEW_DRAFT}
          mailbox={mailbox}
          draft={draft}
          signature={fresh || !saved ? (signature.data ?? null) : null}
          onClose={onClose}
        />
      )}
    </Drawer>
  );
}
