import {
  DownloadOutlined,
  FileImageOutlined,
  FileOutlined,
  FilePdfOutlined,
  FileTextOutlined,
  FileZipOutlined,
} from '@ant-design/icons';
import { Flex, Image, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';
import { formatBytes } from '../i18n/format';
import { fileUrl } from './upload-file';

export type Attachment = components['schemas']['Attachment'];

/** The largest box a thumbnail is shown in, in CSS pixels (the server makes them 360 px at most). */
const BOX = 240;

function fit(attachment: Attachment): { width: number; height: number } {
  const width = attachment.width ?? BOX;
  const height = attachment.height ?? BOX;
  const scale = Math.min(1, BOX / Math.max(width, height));
  return { width: Math.max(24, Math.round(width * scale)), height: Math.max(24, Math.round(height * scale)) };
}

function iconFor(contentType: string) {
  if (contentType.startsWith('image/')) return <FileImageOutlined />;
  if (contentType === 'application/pdf') return <FilePdfOutlined />;
  if (contentType.startsWith('text/')) return <FileTextOutlined />;
  if (/zip|compressed|rar|gzip/.test(contentType)) return <FileZipOutlined />;
  return <FileOutlined />;
}

/** A message's files: images as thumbnails that open a preview, anything else as a card to download. */
export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  const images = attachments.filter((a) => a.hasThumbnail);
  const others = attachments.filter((a) => !a.hasThumbnail);
  return (
    <Flex vertical gap={6} style={{ marginTop: 4 }} data-testid="attachments">
      {images.length > 0 && (
        <Image.PreviewGroup>
          <Flex wrap gap={6}>
            {images.map((image) => (
              <Image
                key={image.id}
                {...fit(image)}
                src={fileUrl(image.id, { thumbnail: true })}
                alt={image.name}
                preview={{ src: fileUrl(image.id) }}
                style={{ objectFit: 'cover', borderRadius: 6 }}
                data-testid="attachment-image"
              />
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
      {others.map((file) => (
        <FileCard key={file.id} file={file} />
      ))}
    </Flex>
  );
}

export function FileCard({ file }: { file: Attachment }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  return (
    <a
      href={fileUrl(file.id, { download: true })}
      download={file.name}
      data-testid="attachment-file"
      aria-label={t('files.download', { name: file.name })}
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 10,
        maxWidth: 320,
        padding: '8px 12px',
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
        background: token.colorBgContainer,
        color: token.colorText,
      }}
    >
      <span style={{ fontSize: 24, color: token.colorPrimary }}>{iconFor(file.contentType)}</span>
      <span style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text ellipsis style={{ display: 'block' }}>
          {file.name}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatBytes(file.size, i18n.language)}
        </Typography.Text>
      </span>
      <DownloadOutlined style={{ color: token.colorTextSecondary }} />
    </a>
  );
}
