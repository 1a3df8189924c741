import { safeHttpUrl } from './safe-url.ts';

/**
 * An article's URL: a link (opened in a new tab, without referrer or opener) when it is
 * http(s), else the text as written. Never an `href` of any other scheme.
 */
export function SafeLink({ url, label }: { url: string; label?: string }) {
  const href = safeHttpUrl(url);
  if (!href)
    return (
      <span className="unsafe-url" title="Not an http(s) address, so not a link">
        {url}
      </span>
    );
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label ?? url}
    </a>
  );
}
