import { Avatar } from 'antd';

function initials(name: string): string {
  const trimmed = name.trim();
  if (/^[\u4e00-\u9fff]/.test(trimmed)) {
    return trimmed.slice(-2);
  }
  return trimmed
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
}

export function PersonAvatar({
  name,
  color,
  size = 'default',
}: {
  name: string;
  color: string;
  size?: 'small' | 'default' | 'large' | number;
}) {
  return (
    <Avatar size={size} style={{ backgroundColor: color, flex: 'none' }} aria-hidden>
      {initials(name)}
    </Avatar>
  );
}
