import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { lunarLabel } from '../model/lunar';
import { sameDay } from '../model/week';

/** A day's weekday and number over its column (today marked), the lunar date under it when asked for. */
export function DayHeading({ day, lunar, onClick }: { day: Date; lunar: boolean; onClick: () => void }) {
  const { i18n } = useTranslation();
  const { token } = theme.useToken();
  const today = sameDay(day, new Date());
  const lunarDay = lunar ? lunarLabel(day) : undefined;
  return (
    <button
      type="button"
      onClick={onClick}
      data-testid="calendar-day-heading"
      style={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        width: '100%',
        padding: '4px 0 2px',
        border: 'none',
        background: 'none',
        cursor: 'pointer',
        color: today ? token.colorPrimary : token.colorText,
      }}
    >
      <span style={{ fontSize: 12, color: today ? token.colorPrimary : token.colorTextSecondary }}>
        {new Intl.DateTimeFormat(i18n.language, { weekday: 'short' }).format(day)}
      </span>
      <span
        style={{
          fontSize: 18,
          lineHeight: '28px',
          minWidth: 28,
          borderRadius: 14,
          fontWeight: today ? 600 : 400,
          background: today ? token.colorPrimary : undefined,
          color: today ? token.colorWhite : undefined,
        }}
      >
        {day.getDate()}
      </span>
      {lunarDay && (
        <span
          data-testid="calendar-lunar"
          style={{ fontSize: 11, color: lunarDay.festival ? token.colorError : token.colorTextTertiary }}
        >
          {lunarDay.text}
        </span>
      )}
    </button>
  );
}
