import { ApartmentOutlined, ProjectOutlined, UserOutlined } from '@ant-design/icons';
import type { SpaceKind } from '../api/types';

export function SpaceIcon({ kind }: { kind: SpaceKind }) {
  if (kind === 'DEPARTMENT') return <ApartmentOutlined aria-hidden />;
  if (kind === 'PERSONAL') return <UserOutlined aria-hidden />;
  return <ProjectOutlined aria-hidden />;
}
