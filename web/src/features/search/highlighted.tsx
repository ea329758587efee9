import type { Segment } from './api/search';

/** Text from the server with its matched words marked; always rendered as text, never as markup. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? (
          <mark
            key={index}
            data-testid="search-match"
            style={{ background: 'rgba(250, 173, 20, 0.32)', color: 'inherit', padding: 0, borderRadius: 2 }}
          >
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
