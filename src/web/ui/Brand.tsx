import { Link } from 'react-router';
import { Logo } from './Logo';

type BrandProps = { to: string; name: string; sub?: string | null | undefined; tone?: 'light' | 'dark' };

/** Logo, product name and a second line (agency or face name); links to the face's home. */
export function Brand({ to, name, sub, tone = 'light' }: BrandProps) {
  return (
    <Link to={to} className="cs-brand" data-tone={tone}>
      <Logo />
      <span className="cs-brand-text">
        <span className="cs-brand-name">{name}</span>
        {sub ? <span className="cs-brand-sub">{sub}</span> : null}
      </span>
    </Link>
  );
}
