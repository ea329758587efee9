import { useTranslation } from 'react-i18next';
import { PROJECT_COLORS } from './api/types';

/** The solid shade of each colour a project may wear (antd's preset palettes, shade 6). */
const SOLID: Record<(typeof PROJECT_COLORS)[number], string> = {
  blue: '#1677ff',
  green: '#52c41a',
  orange: '#fa8c16',
  red: '#f5222d',
  purple: '#722ed1',
  cyan: '#13c2c2',
  magenta: '#eb2f96',
  gold: '#faad14',
};

const isKnown = (color: string): color is keyof typeof SOLID => color in SOLID;

/** A project's colour as a solid dot. */
export function ProjectDot({ color, size = 12 }: { color: string; size?: number }) {
  const { t } = useTranslation();
  return (
    <span
      role="img"
      aria-label={isKnown(color) ? t(`taskBoard.colors.${color}`) : color}
      style={{
        display: 'inline-block',
        flex: 'none',
        width: size,
        height: size,
        borderRadius: '50%',
        background: isKnown(color) ? SOLID[color] : SOLID.blue,
      }}
      data-testid="project-color"
    />
  );
}

/** The colours to choose from, as dots in radio buttons. */
export function ColorChoices({ value, onChange }: { value?: string; onChange?: (color: string) => void }) {
  const { t } = useTranslation();
  return (
    <div role="radiogroup" style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
      {PROJECT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          role="radio"
          aria-checked={value === color}
          aria-label={t(`taskBoard.colors.${color}`)}
          onClick={() => onChange?.(color)}
          style={{
            width: 28,
            height: 28,
            borderRadius: '50%',
            border: `2px solid ${value === color ? SOLID[color] : 'transparent'}`,
            background: 'transparent',
            padding: 2,
            cursor: 'pointer',
            display: 'inline-flex',
            alignItems: 'center',
            justifyContent: 'center',
          }}
          data-testid={`color-${color}`}
        >
          <ProjectDot color={color} size={18} />
        </button>
      ))}
    </div>
  );
}
