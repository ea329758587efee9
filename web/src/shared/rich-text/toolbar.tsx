import {
  BoldOutlined,
  CheckSquareOutlined,
  CodeOutlined,
  DeleteColumnOutlined,
  DeleteRowOutlined,
  FileImageOutlined,
  InsertRowBelowOutlined,
  InsertRowRightOutlined,
  ItalicOutlined,
  LinkOutlined,
  MinusOutlined,
  OrderedListOutlined,
  PaperClipOutlined,
  RedoOutlined,
  StrikethroughOutlined,
  TableOutlined,
  UndoOutlined,
  UnorderedListOutlined,
  InfoCircleOutlined,
} from '@ant-design/icons';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { Button, Divider, Flex, Select, Tooltip } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmojiPicker } from './emoji-picker';
import { LinkModal, type LinkTarget } from './link-modal';

/** `hidden` alone loses to antd Form's `input[type='file'] { display: block }` when the toolbar sits in a form. */
const HIDDEN = { display: 'none' } as const;

interface ToolProps {
  label: string;
  icon: ReactNode;
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
  testId: string;
}

function Tool({ label, icon, active, disabled, onClick, testId }: ToolProps) {
  return (
    <Tooltip title={label}>
      <Button
        type={active ? 'primary' : 'text'}
        ghost={active}
        size="small"
        icon={icon}
        aria-label={label}
        aria-pressed={active}
        disabled={disabled}
        onMouseDown={(event) => event.preventDefault()}
        onClick={onClick}
        data-testid={testId}
      />
    </Tooltip>
  );
}

const BLOCK_TYPES = ['paragraph', 'h1', 'h2', 'h3', 'codeBlock', 'blockquote'] as const;
type BlockType = (typeof BLOCK_TYPES)[number];

function blockType(editor: Editor): BlockType {
  for (const level of [1, 2, 3] as const) {
    if (editor.isActive('heading', { level })) return `h${level}`;
  }
  if (editor.isActive('codeBlock')) return 'codeBlock';
  if (editor.isActive('blockquote')) return 'blockquote';
  return 'paragraph';
}

const NO_TARGETS: LinkTarget[] = [];

interface ToolbarProps {
  editor: Editor;
  /** Offered in the link dialog beside a typed address (a doc's pages); none for other features. */
  linkTargets?: LinkTarget[];
  onUpload: (file: File, asImage: boolean) => void;
}

/** Formatting for the rich text being edited; Markdown shortcuts typed in the text do the same. */
export function Toolbar({ editor, linkTargets = NO_TARGETS, onUpload }: ToolbarProps) {
  const { t } = useTranslation();
  const imageInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [linking, setLinking] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      editable: current.isEditable,
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      strike: current.isActive('strike'),
      code: current.isActive('code'),
      link: current.isActive('link'),
      href: String(current.getAttributes('link').href ?? ''),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      taskList: current.isActive('taskList'),
      callout: current.isActive('callout'),
      table: current.isActive('table'),
      block: blockType(current),
    }),
  });
  const off = !state.editable;
  const chain = () => editor.chain().focus();

  const setBlock = (type: BlockType) => {
    if (type === 'paragraph') chain().setParagraph().run();
    else if (type === 'codeBlock') chain().toggleCodeBlock().run();
    else if (type === 'blockquote') chain().toggleBlockquote().run();
    else
      chain()
        .toggleHeading({ level: Number(type.slice(1)) as 1 | 2 | 3 })
        .run();
  };

  const pick = (input: HTMLInputElement | null, asImage: boolean) => {
    const file = input?.files?.[0];
    if (file) onUpload(file, asImage);
    if (input) input.value = '';
  };

  return (
    <Flex align="center" gap={2} className="doc-toolbar" data-testid="doc-toolbar">
      <Tool
        label={t('docs.editor.undo')}
        icon={<UndoOutlined />}
        disabled={off}
        onClick={() => chain().undo().run()}
        testId="tool-undo"
      />
      <Tool
        label={t('docs.editor.redo')}
        icon={<RedoOutlined />}
        disabled={off}
        onClick={() => chain().redo().run()}
        testId="tool-redo"
      />
      <Divider orientation="vertical" />
      <Select
        size="small"
        variant="borderless"
        value={state.block}
        disabled={off}
        onChange={setBlock}
        style={{ width: 112 }}
        options={BLOCK_TYPES.map((value) => ({ value, label: t(`docs.editor.block.${value}`) }))}
        data-testid="tool-block"
      />
      <Tool
        label={t('docs.editor.bold')}
        icon={<BoldOutlined />}
        active={state.bold}
        disabled={off}
        onClick={() => chain().toggleBold().run()}
        testId="tool-bold"
      />
      <Tool
        label={t('docs.editor.italic')}
        icon={<ItalicOutlined />}
        active={state.italic}
        disabled={off}
        onClick={() => chain().toggleItalic().run()}
        testId="tool-italic"
      />
      <Tool
        label={t('docs.editor.strike')}
        icon={<StrikethroughOutlined />}
        active={state.strike}
        disabled={off}
        onClick={() => chain().toggleStrike().run()}
        testId="tool-strike"
      />
      <Tool
        label={t('docs.editor.code')}
        icon={<CodeOutlined />}
        active={state.code}
        disabled={off}
        onClick={() => chain().toggleCode().run()}
        testId="tool-code"
      />
      <Tool
        label={t('docs.editor.link')}
        icon={<LinkOutlined />}
        active={state.link}
        disabled={off}
        onClick={() => setLinking(true)}
        testId="tool-link"
      />
      <Divider orientation="vertical" />
      <Tool
        label={t('docs.editor.bulletList')}
        icon={<UnorderedListOutlined />}
        active={state.bulletList}
        disabled={off}
        onClick={() => chain().toggleBulletList().run()}
        testId="tool-bullets"
      />
      <Tool
        label={t('docs.editor.orderedList')}
        icon={<OrderedListOutlined />}
        active={state.orderedList}
        disabled={off}
        onClick={() => chain().toggleOrderedList().run()}
        testId="tool-numbers"
      />
      <Tool
        label={t('docs.editor.taskList')}
        icon={<CheckSquareOutlined />}
        active={state.taskList}
        disabled={off}
        onClick={() => chain().toggleTaskList().run()}
        testId="tool-tasks"
      />
      <Tool
        label={t('docs.editor.callout')}
        icon={<InfoCircleOutlined />}
        active={state.callout}
        disabled={off}
        onClick={() => chain().toggleCallout('note').run()}
        testId="tool-callout"
      />
      <Tool
        label={t('docs.editor.rule')}
        icon={<MinusOutlined />}
        disabled={off}
        onClick={() => chain().setHorizontalRule().run()}
        testId="tool-rule"
      />
      <Tool
        label={t('docs.editor.table')}
        icon={<TableOutlined />}
        disabled={off || state.table}
        onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
        testId="tool-table"
      />
      {state.table && (
        <>
          <Tool
            label={t('docs.editor.addRow')}
            icon={<InsertRowBelowOutlined />}
            disabled={off}
            onClick={() => chain().addRowAfter().run()}
            testId="tool-add-row"
          />
          <Tool
            label={t('docs.editor.addColumn')}
            icon={<InsertRowRightOutlined />}
            disabled={off}
            onClick={() => chain().addColumnAfter().run()}
            testId="tool-add-column"
          />
          <Tool
            label={t('docs.editor.deleteRow')}
            icon={<DeleteRowOutlined />}
            disabled={off}
            onClick={() => chain().deleteRow().run()}
            testId="tool-delete-row"
          />
          <Tool
            label={t('docs.editor.deleteColumn')}
            icon={<DeleteColumnOutlined />}
            disabled={off}
            onClick={() => chain().deleteColumn().run()}
            testId="tool-delete-column"
          />
        </>
      )}
      <Divider orientation="vertical" />
      <Tool
        label={t('docs.editor.image')}
        icon={<FileImageOutlined />}
        disabled={off}
        onClick={() => imageInput.current?.click()}
        testId="tool-image"
      />
      <Tool
        label={t('docs.editor.attachment')}
        icon={<PaperClipOutlined />}
        disabled={off}
        onClick={() => fileInput.current?.click()}
        testId="tool-attachment"
      />
      <EmojiPicker disabled={off} onPick={(emoji) => chain().insertContent(emoji).run()} />
      <input
        ref={imageInput}
        type="file"
        accept="image/*"
        hidden
        style={HIDDEN}
        onChange={() => pick(imageInput.current, true)}
      />
      <input ref={fileInput} type="file" hidden style={HIDDEN} onChange={() => pick(fileInput.current, false)} />
      <LinkModal
        open={linking}
        targets={linkTargets}
        initial={state.href}
        onClose={() => setLinking(false)}
        onApply={(href) => {
          setLinking(false);
          if (href === null) chain().extendMarkRange('link').unsetLink().run();
          else if (editor.state.selection.empty && !state.link)
            chain()
              .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
              .run();
          else chain().extendMarkRange('link').setLink({ href }).run();
        }}
      />
    </Flex>
  );
}
