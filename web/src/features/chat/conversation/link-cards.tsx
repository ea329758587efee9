import { useNavigate } from 'react-router';
import { LinkCards as Cards } from '../../../shared/links/link-card';
import { siteLinks } from '../../../shared/links/site-links';

/**
 * Cards for a message's links into this Atrium: every same-origin link goes to the server, whose
 * modules decide which are objects and leave out whatever this person may not see (the link then
 * stays just a link).
 */
export function LinkCards({ text }: { text: string }) {
  const navigate = useNavigate();
  return <Cards urls={siteLinks(text, window.location.origin)} onOpen={(path) => void navigate(path)} />;
}
