import { ArrowRightOutlined, CloseOutlined, LoadingOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, type InputRef, Modal, theme, Typography } from 'antd';
import { type KeyboardEvent, type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiProblem } from '../../../shared/api/problem';
import { problemMessage } from '../../../shared/i18n/problem-message';
import { useDebouncedValue } from '../../../shared/ui/use-debounced-value';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { type Hit, isSearchable, useNameSuggestions, useSearch } from '../api/search';
import { HitRow } from '../hit-row';
import { kindLabel } from '../kinds';
import { complete, completionAt } from '../query/filters';
import { searchPath } from '../search-path';
import { SearchHint } from '../search-hint';

/**
 * Ctrl+K's search box: results as one types, grouped by kind; arrows, Enter and Esc work as in a menu.
 * On a phone it fills the screen and closes with a button beside the box (there is no Esc key).
 */
export function SearchPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const isPhone = useIsPhone();
  const input = useRef<InputRef>(null);
  return (
    <Modal
      open={open}
      onCancel={onClose}
      // the dialog takes the focus once it has opened unless it is already inside; keep it in the box
      afterOpenChange={(visible) => visible && input.current?.focus()}
      footer={null}
      closable={false}
      destroyOnHidden
      width={isPhone ? '100%' : 640}
      style={isPhone ? { top: 0, maxWidth: '100vw', margin: 0, paddingBottom: 0 } : { top: 72 }}
      styles={{ container: isPhone ? { borderRadius: 0, minHeight: '100dvh', padding: 12 } : { padding: 12 } }}
      data-testid="search-palette"
    >
      {open && <Palette onClose={onClose} phone={isPhone} input={input} />}
    </Modal>
  );
}

interface Item {
  key: string;
  open: () => void;
  render: (active: boolean, id: string) => ReactNode;
}

function Palette({
  onClose,
  phone,
  input,
}: {
  onClose: () => void;
  phone: boolean;
  input: RefObject<InputRef | null>;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text, 150);
  const completion = completionAt(text, caret);
  // while a channel or person name is being completed the list shows names, not results
  const results = useSearch(completion ? '' : q);
  const prefix = useDebouncedValue(completion?.prefix ?? '', 150);
  const names = useNameSuggestions(completion?.kind, prefix);

  const go = (link: string) => {
    onClose();
    void navigate(link);
  };

  const items: Item[] = [];
  const groups: { label: ReactNode; items: Item[] }[] = [];
  if (completion) {
    const hits = isSearchable(completion.prefix) ? (names.data?.groups[0]?.hits ?? []) : [];
    groups.push({
      label: t(completion.kind === 'channel' ? 'search.suggestChannels' : 'search.suggestPeople'),
      items: hits.map((hit) => ({
        key: hit.id,
        open: () => {
          const next = complete(text, completion, plain(hit));
          setText(next.query);
          setCaret(next.caret);
          // after React has put the new text in the box
          requestAnimationFrame(() => input.current?.setSelectionRange(next.caret, next.caret));
          setActive(0);
        },
        render: (isActive, id) => <HitRow hit={{ ...hit, snippet: [] }} active={isActive} optionId={id} />,
      })),
    });
  } else if (isSearchable(q) && results.data) {
    for (const group of results.data.groups) {
      groups.push({
        label: t('search.groupTitle', { kind: kindLabel(t, group.kind), count: group.total }),
        items: group.hits.map((hit: Hit) => ({
          key: `${hit.kind}-${hit.id}`,
          open: () => go(hit.link),
          render: (isActive, id) => <HitRow hit={hit} active={isActive} optionId={id} />,
        })),
      });
    }
    if (results.data.groups.length > 0) {
      groups.push({
        label: null,
        items: [
          {
            key: 'all',
            open: () => go(searchPath({ q: text })),
            render: (isActive, id) => <SeeAll active={isActive} optionId={id} />,
          },
        ],
      });
    }
  }
  groups.forEach((group) => items.push(...group.items));
  const current = Math.min(active, items.length - 1);
  const idOf = (index: number) => `search-option-${index}`;

  useEffect(() => {
    document.getElementById(idOf(current))?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (items.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + items.length) % items.length);
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      items[current]?.open();
    }
  };

  const problem = completion ? names.error : results.error;
  const busy = (completion ? names.isFetching : results.isFetching) || q !== text;
  let index = 0;
  const box = (
    <Input
      ref={input}
      size="large"
      variant="borderless"
      prefix={<SearchOutlined style={{ color: token.colorTextSecondary }} />}
      suffix={busy && isSearchable(text) ? <LoadingOutlined /> : <span />}
      value={text}
      // the whole list of what is searched does not fit a phone's box; the label still says it
      placeholder={t(phone ? 'search.placeholderShort' : 'search.placeholder')}
      aria-label={t('search.placeholder')}
      role="combobox"
      aria-expanded={items.length > 0}
      aria-controls="search-options"
      aria-activedescendant={items.length > 0 ? idOf(current) : undefined}
      autoFocus
      onChange={(event) => {
        setText(event.target.value);
        setCaret(event.target.selectionStart ?? event.target.value.length);
        setActive(0);
      }}
      onSelect={(event) => setCaret(event.currentTarget.selectionStart ?? 0)}
      onKeyDown={onKeyDown}
      data-testid="search-input"
      style={{ paddingInline: 4, flex: 1, minWidth: 0 }}
    />
  );
  return (
    <Flex vertical gap={8} style={phone ? { minHeight: 'calc(100dvh - 24px)' } : undefined}>
      {phone ? (
        // beside the box rather than the dialog's own corner button, which would sit over what one types
        <Flex align="center" gap={4}>
          {box}
          <Button
            type="text"
            icon={<CloseOutlined />}
            aria-label={t('search.close')}
            onClick={onClose}
            data-testid="search-close"
          />
        </Flex>
      ) : (
        box
      )}
      <div style={{ borderTop: `1px solid ${token.colorBorderSecondary}` }} />
      {problem instanceof ApiProblem && (
        <Alert type="warning" showIcon title={problemMessage(problem, t)} data-testid="search-problem" />
      )}
      {!completion && !isSearchable(text) && <SearchHint />}
      {completion && !isSearchable(completion.prefix) && (
        <Typography.Text type="secondary" style={{ padding: '4px 12px' }}>
          {t(completion.kind === 'channel' ? 'search.typeChannel' : 'search.typePerson')}
        </Typography.Text>
      )}
      {isSearchable(q) && !completion && results.data && results.data.groups.length === 0 && !busy && (
        <Typography.Text type="secondary" style={{ padding: '4px 12px' }} data-testid="search-nothing">
          {t('search.nothing')}
        </Typography.Text>
      )}
      <div
        id="search-options"
        role="listbox"
        aria-label={t('search.results')}
        style={{ maxHeight: phone ? undefined : '60vh', overflow: 'auto' }}
      >
        {groups.map((group, groupIndex) => (
          <div key={groupIndex} role="group" data-testid="search-group">
            {group.label && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, padding: '8px 12px 2px' }}>
                {group.label}
              </Typography.Text>
            )}
            {group.items.map((item) => {
              const at = index++;
              return (
                <div key={item.key} onMouseMove={() => at !== current && setActive(at)} onClick={item.open}>
                  {item.render(at === current, idOf(at))}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </Flex>
  );
}

function plain(hit: Hit): string {
  return hit.title.map((segment) => segment.text).join('');
}

function SeeAll({ active, optionId }: { active: boolean; optionId: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Flex
      id={optionId}
      role="option"
      aria-selected={active}
      align="center"
      gap={8}
      data-testid="search-see-all"
      style={{
        padding: '10px 12px',
        borderRadius: token.borderRadius,
        cursor: 'pointer',
        color: token.colorPrimary,
        background: active ? token.controlItemBgActive : undefined,
      }}
    >
      <ArrowRightOutlined />
      {t('search.seeAll')}
    </Flex>
  );
}
