import { type ButtonProps, Modal, Radio } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditScope } from '../api/types';

const SCOPES: EditScope[] = ['THIS', 'FOLLOWING', 'ALL'];

/**
 * Asks which occurrences of a recurring event a change or a cancellation applies to, as Outlook
 * does: this one, this and the following ones, or all. `ask` resolves with the choice, or
 * undefined when the person backs out.
 */
export function useScopeDialog(action: 'edit' | 'cancel') {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<EditScope>('THIS');
  const answer = useRef<(scope: EditScope | undefined) => void>(undefined);
  const ask = useCallback(
    () =>
      new Promise<EditScope | undefined>((resolve) => {
        answer.current = resolve;
        setScope('THIS');
        setOpen(true);
      }),
    [],
  );
  const close = (chosen: EditScope | undefined) => {
    setOpen(false);
    answer.current?.(chosen);
  };
  const dialog = (
    <Modal
      open={open}
      title={t(`calendar.scope.${action}Title`)}
      onOk={() => close(scope)}
      onCancel={() => close(undefined)}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: action === 'cancel', 'data-testid': 'scope-ok' } as ButtonProps}
      data-testid="scope-dialog"
    >
      <Radio.Group
        value={scope}
        onChange={(event) => setScope(event.target.value as EditScope)}
        style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
        options={SCOPES.map((value) => ({
          value,
          label: <span data-testid={`scope-${value}`}>{t(`calendar.scope.${value}`)}</span>,
        }))}
      />
    </Modal>
  );
  return { ask, dialog };
}
