import { Button, Input } from 'antd';
import { type ReactNode, useState } from 'react';

/** A small button that turns into a name field; Enter creates, Escape or leaving the field cancels. */
export function NewNameButton({
  icon,
  label,
  onName,
}: {
  icon: ReactNode;
  label: string;
  onName: (name: string) => Promise<unknown>;
}) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  if (!editing) {
    return (
      <Button type="text" size="small" icon={icon} onClick={() => setEditing(true)} style={{ alignSelf: 'flex-start' }}>
        {label}
      </Button>
    );
  }
  const done = () => {
    setEditing(false);
    setName('');
  };
  return (
    <Input
      size="small"
      autoFocus
      placeholder={label}
      value={name}
      onChange={(event) => setName(event.target.value)}
      onBlur={done}
      onKeyDown={(event) => {
        if (event.key === 'Escape') done();
      }}
      onPressEnter={() => {
        const trimmed = name.trim();
        if (trimmed) void onName(trimmed).then(done);
      }}
    />
  );
}
