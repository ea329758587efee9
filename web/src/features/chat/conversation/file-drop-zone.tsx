import { InboxOutlined } from '@ant-design/icons';
import { theme, Typography } from 'antd';
import { type DragEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddFiles } from './message-attachments';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/** Files dropped anywhere on the conversation go into its composer. */
export function FileDropZone({ channelId, children }: { channelId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const addFiles = useAddFiles(channelId);
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them to know when the drag really left
  const depth = useRef(0);

  return (
    <div
      style={{ position: 'relative', height: '100%' }}
      data-testid="drop-zone"
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return;
        depth.current++;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (carriesFiles(event)) event.preventDefault();
      }}
      onDragLeave={(event) => {
        if (!carriesFiles(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current = 0;
        setOver(false);
        addFiles(Array.from(event.dataTransfer.files));
      }}
    >
      {children}
      {over && (
        <div
          style={{
            position: 'absolute',
            inset: 8,
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            justifyContent: 'center',
            gap: 8,
            border: `2px dashed ${token.colorPrimary}`,
            borderRadius: token.borderRadiusLG,
            background: token.colorBgMask,
            pointerEvents: 'none',
            zIndex: 10,
          }}
        >
          <InboxOutlined style={{ fontSize: 40, color: token.colorWhite }} />
          <Typography.Text style={{ color: token.colorWhite, fontSize: 16 }}>{t('files.dropHere')}</Typography.Text>
        </div>
      )}
    </div>
  );
}
